#include "pages/ProfilesPanel.h"

#include "widgets/Ask.h"
#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace outpace {

namespace {
constexpr int ProfileNameData = Qt::UserRole + 1;
constexpr int ProfileShownData = Qt::UserRole + 2;
} // namespace

ProfilesPanel::ProfilesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_switch(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_switch, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_outcome);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { switchTo(chosenName()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Add a profile"), tr("Name of the new profile:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            addProfile(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString name = chosenName();
        const QString shown
            = m_list->currentItem() ? m_list->currentItem()->data(ProfileShownData).toString() : QString();
        bool ok = false;
        const QString newName = QInputDialog::getText(this, tr("Rename the profile"),
            shown.isEmpty() ? tr("New name for the first profile:") : tr("New name for %1:").arg(shown),
            QLineEdit::Normal, shown, &ok);
        if (ok)
            renameProfile(name, newName);
    });
    connect(m_switch, &QPushButton::clicked, this, [this] { switchTo(chosenName()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeProfile(chosenName()); });
    connect(&m_workspace, &Workspace::profileChanged, this, &ProfilesPanel::refresh);
    connect(&m_workspace, &Workspace::dataReplaced, this, &ProfilesPanel::refresh);
    retranslate();
}

QString ProfilesPanel::chosenName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ProfileNameData).toString() : QString();
}

void ProfilesPanel::refresh()
{
    if (!isVisible())
        return;
    const QString chosen = chosenName();
    m_list->clear();
    const Result<QList<Profile>> profiles = m_workspace.profiles();
    const Result<Profile> current = m_workspace.currentProfile();
    if (!profiles || !current) {
        m_outcome->setText(
            tr("The profiles could not be read: %1").arg(!profiles ? profiles.error() : current.error()));
        updateButtons();
        return;
    }
    for (const Profile &profile : profiles.value()) {
        QString shown = DisplayNames::profileName(profile);
        // The first profile's stored name was never chosen by anyone, so it is not shown as a name.
        const bool named = !shown.isEmpty();
        if (!named)
            shown = tr("The first profile");
        const bool isCurrent = profile.id == current->id;
        auto *item = new QListWidgetItem(isCurrent ? tr("%1 — in use").arg(shown) : shown, m_list);
        item->setData(ProfileNameData, profile.name);
        item->setData(ProfileShownData, named ? shown : QString());
        if (isCurrent) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.name == chosen || (chosen.isEmpty() && isCurrent))
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void ProfilesPanel::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_rename->setEnabled(chosen);
    m_switch->setEnabled(chosen);
    m_remove->setEnabled(chosen && m_list->count() > 1);
}

bool ProfilesPanel::addProfile(const QString &name)
{
    const Result<Profile> added = m_workspace.addProfile(name);
    if (!added) {
        Ask::warn(this, tr("Add a profile"), tr("The profile was not added: %1").arg(added.error()));
        return false;
    }
    refresh();
    m_outcome->setText(
        tr("Profile %1 added. Switch to it to audit and plan for that person.").arg(added->name));
    return true;
}

bool ProfilesPanel::renameProfile(const QString &name, const QString &newName)
{
    const Result<Profile> renamed = m_workspace.renameProfile(name, newName);
    if (!renamed) {
        Ask::warn(this, tr("Rename the profile"), tr("The profile was not renamed: %1").arg(renamed.error()));
        return false;
    }
    m_outcome->setText(tr("%1 is now called %2.").arg(name, renamed->name));
    return true;
}

bool ProfilesPanel::switchTo(const QString &name)
{
    if (Status switched = m_workspace.switchProfile(name); !switched) {
        Ask::warn(
            this, tr("Switch profile"), tr("Outpace could not switch to %1: %2").arg(name, switched.error()));
        return false;
    }
    m_outcome->setText(
        tr("Now using the profile %1: its audits, plans and check-ins are the ones shown.").arg(name));
    return true;
}

bool ProfilesPanel::removeProfile(const QString &name)
{
    if (!Ask::confirm(this, tr("Remove the profile"),
            tr("Remove the profile %1 with all its audits, plans and check-ins? A backup of all your data "
               "is taken first, so it can be restored from the Backups tab.")
                .arg(name),
            tr("Remove %1").arg(name)))
        return false;
    const Result<QString> removed = m_workspace.removeProfile(name);
    if (!removed) {
        Ask::warn(this, tr("Remove the profile"), tr("The profile was kept: %1").arg(removed.error()));
        return false;
    }
    m_outcome->setText(tr("Profile %1 removed. The backup taken just before is %2.")
                           .arg(name, QDir::toNativeSeparators(removed.value())));
    return true;
}

void ProfilesPanel::retranslate()
{
    m_intro->setText(
        tr("Each profile keeps its own audits, roadmaps and check-ins, so one computer can follow "
           "several people. The profile in use is in bold."));
    m_list->setAccessibleName(tr("Profiles"));
    m_add->setText(tr("&Add…"));
    m_add->setAccessibleName(tr("Add a profile"));
    m_rename->setText(tr("Re&name…"));
    m_rename->setAccessibleName(tr("Rename the chosen profile"));
    m_switch->setText(tr("&Use this profile"));
    m_switch->setAccessibleName(tr("Use the chosen profile"));
    m_remove->setText(tr("Re&move…"));
    m_remove->setAccessibleName(tr("Remove the chosen profile"));
    refresh();
}

void ProfilesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ProfilesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace outpace
