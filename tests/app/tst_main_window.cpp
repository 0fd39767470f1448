// Drives the real main window offscreen, as a user would with the keyboard: find a role, switch the
// language, come back to the same place in a new window over the same data folder, and export the report.

#include "TestMode.h"

#include "AppLanguage.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "SvgIconEngine.h"
#include "catalog/CatalogLoader.h"
#include "pages/AuditPage.h"
#include "pages/ComparePage.h"
#include "pages/PortraitPage.h"
#include "pages/ResultPage.h"
#include "pages/RoleResultDelegate.h"
#include "pages/RoleSearchPage.h"
#include "research/OccupationTable.h"
#include "scoring/PeerDistribution.h"
#include "scoring/TaskLabelling.h"
#include "widgets/Paragraph.h"
#include "widgets/WrappedLabel.h"
#include "widgets/WrappedText.h"
#include "workspace/AuditOutcome.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPixmapCache>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace outpace;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingFindsRolesAndEnterOpensTheFirst();
    void arrowsMoveThroughTheResultsFromTheField();
    void aNewWindowTakesTypingInTheSearchField();
    void theDataIsCheckedOnceTheWindowIsOnScreen();
    void aParagraphGrowsWithItsText();
    void aParagraphBecomesSelectableUnderThePointerWithoutMoving();
    void wrappedTextIsMeasuredAsQLabelMeasuresIt();
    void anIconDrawnAheadIsTheIconDrawnWhenShown();
    void occupationsAreFoundByCodeAndWithoutAccents();
    void sectorFilterKeepsOnlyThatSectorsRoles();
    void languageSwitchChangesVisibleTexts();
    void newWindowRestoresLastPageRoleAndRecentRoles();
    void nextNextFinishGivesTheRolesScore();
    void filledAuditGivesCoresScoreAndBreakdownAddsUp();
    void whatIfMovesTheScoreAsCoreSays();
    void savedAuditAndResultPageComeBackInANewWindow();
    void auditDraftResumesInANewWindow();
    void stateFromAnEarlierVersionIsKept();
    void compareShowsTheRoleBesideAnotherWithCoresFigures();
    void breakdownPartsAddUpToThePrintedScore();
    void reportActionsWaitForARole();
    void exportPdfWritesTheReportAndNoTemporaryFile();
    void printPreviewShowsTheReportPages();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void openBackendAudit(MainWindow &window);
    static QStringList visibleResultTexts(RoleSearchPage *page);

    std::optional<Catalog> m_catalog;
    const OccupationTable *m_occupations = nullptr;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppLanguage> m_language;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
    QVERIFY2(catalog.ok(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
    m_catalog = std::move(catalog).value();
    const Result<OccupationTable> &occupations = OccupationTable::builtIn();
    QVERIFY(occupations.ok());
    m_occupations = &occupations.value();
}

void TestMainWindow::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_language = std::make_unique<AppLanguage>();
    m_language->setLanguage(Language::English);
}

void TestMainWindow::cleanup()
{
    m_workspace.reset();
    m_language.reset();
    m_data.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    // A new workspace for every window, as a new start of the app would have: what a second window finds
    // comes from the data folder. The previous window is gone by then.
    m_workspace.reset();
    Workspace::Options options;
    options.dataFolder = m_data->path();
    options.automaticBackup = false;
    m_workspace = std::make_unique<Workspace>(options);
    if (Status loaded = m_workspace->loadBuiltIns(); !loaded)
        qFatal("%s", qPrintable(loaded.error()));
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_language);
    window->show();
    return window;
}

QStringList TestMainWindow::visibleResultTexts(RoleSearchPage *page)
{
    QStringList texts;
    QAbstractItemModel *model = page->resultsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString detail = index.data(RoleResultDelegate::DetailRole).toString();
        texts.append(index.data().toString() + (detail.isEmpty() ? QString() : QLatin1Char('\n') + detail));
    }
    return texts;
}

void TestMainWindow::theDataIsCheckedOnceTheWindowIsOnScreen()
{
    Workspace::Options options;
    options.dataFolder = m_data->path();
    options.automaticBackup = false;
    m_workspace = std::make_unique<Workspace>(options);
    QVERIFY(m_workspace->loadBuiltIns());
    MainWindow window(*m_workspace, *m_language);
    // The search page needs no personal data: nothing waits on the file before the window shows.
    QCoreApplication::processEvents();
    QVERIFY(!m_workspace->isPersonalDataOpen());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->isPersonalDataOpen(), 10000);
}

void TestMainWindow::aParagraphGrowsWithItsText()
{
    Paragraph paragraph;
    paragraph.setText(QStringLiteral("Short."));
    const int oneLine = paragraph.heightForWidth(300);
    QCOMPARE(paragraph.heightForWidth(300), oneLine);
    // A longer text at the same width: measured again, never the height of the old text.
    paragraph.setText(
        QString(QStringLiteral("A sentence long enough to wrap over several lines. ")).repeated(6));
    QVERIFY(paragraph.heightForWidth(300) > 2 * oneLine);
    QFont larger = paragraph.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    const int before = paragraph.heightForWidth(300);
    paragraph.setFont(larger);
    QVERIFY(paragraph.heightForWidth(300) > before);
}

void TestMainWindow::aParagraphBecomesSelectableUnderThePointerWithoutMoving()
{
    auto window = makeWindow();
    window->openRole(QStringLiteral("backend-developer"));
    QVERIFY(window->startRoadmap());
    int compared = 0;
    for (const Language language : {Language::English, Language::French}) {
        window->setLanguage(language);
        for (const QString &key : window->pageKeys()) {
            QWidget *page = window->page(key);
            QVERIFY(page);
            for (Paragraph *shown : page->findChildren<Paragraph *>()) {
                if (shown->text().isEmpty())
                    continue;
                // A paragraph of the page as it was first drawn, and the same text once selectable: its
                // lines must break at the same places, or pointing at it would move the page.
                Paragraph plain;
                plain.setFont(shown->font());
                plain.setText(shown->text());
                Paragraph selectable;
                selectable.setFont(shown->font());
                selectable.setText(shown->text());
                selectable.becomeSelectable();
                for (const int width : {160, 240, 333, 480, 640, 900}) {
                    QCOMPARE(selectable.heightForWidth(width), plain.heightForWidth(width));
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 100);

    // The pointer coming over a paragraph is enough to select its text with the mouse, and a click gives it
    // the keys.
    Paragraph paragraph;
    paragraph.setText(QStringLiteral("Selected by a drag."));
    QVERIFY(!(paragraph.textInteractionFlags() & Qt::TextSelectableByMouse));
    QEvent enter(QEvent::Enter);
    QCoreApplication::sendEvent(&paragraph, &enter);
    QCOMPARE(paragraph.textInteractionFlags(), Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QCOMPARE(paragraph.focusPolicy(), Qt::ClickFocus);
}

void TestMainWindow::wrappedTextIsMeasuredAsQLabelMeasuresIt()
{
    // Every wrapped label of every page, in both languages, measured from its text shaped once: the sizes
    // must be QLabel's to the pixel, or a page would be laid out for lines that are not the ones drawn.
    auto window = makeWindow();
    openBackendAudit(*window);
    window->openRole(QStringLiteral("backend-developer"));
    QVERIFY(window->startRoadmap());
    int labels = 0;
    int shaped = 0;
    int widths = 0;
    for (const Language language : {Language::English, Language::French}) {
        window->setLanguage(language);
        for (const QString &key : window->pageKeys()) {
            QWidget *page = window->page(key);
            QVERIFY(page);
            for (const WrappedLabel *shown : page->findChildren<WrappedLabel *>()) {
                if (shown->text().isEmpty())
                    continue;
                ++labels;
                // The label as drawn (a paragraph not yet pointed at is plain), beside a QLabel like it.
                WrappedLabel measured;
                QLabel reference;
                for (QLabel *label : {static_cast<QLabel *>(&measured), &reference}) {
                    label->setFont(shown->font());
                    label->setTextFormat(shown->textFormat());
                    label->setAlignment(shown->alignment());
                    label->setWordWrap(true);
                    label->setText(shown->text());
                }
                const QString what = QStringLiteral("%1 page, \"%2\"").arg(key, shown->text().left(60));
                QVERIFY2(measured.sizeHint() == reference.sizeHint(), qPrintable(what));
                QVERIFY2(measured.minimumSizeHint() == reference.minimumSizeHint(), qPrintable(what));
                for (int width = 0; width <= 960; width += 3) {
                    QVERIFY2(measured.heightForWidth(width) == reference.heightForWidth(width),
                        qPrintable(QStringLiteral("%1 at %2 px").arg(what).arg(width)));
                    ++widths;
                }

                // And the text's own bounds, every pixel across the widths where its lines break.
                const std::optional<WrappedText> text
                    = WrappedText::shape(shown->text(), shown->font(), &reference);
                if (!text || shown->textFormat() == Qt::RichText || Qt::mightBeRichText(shown->text()))
                    continue;
                ++shaped;
                const QFontMetrics metrics(shown->font(), &reference);
                const int oneLine = metrics.horizontalAdvance(shown->text());
                for (int width = 0; width <= oneLine + 2; ++width) {
                    const QSize expected
                        = metrics.boundingRect(QRect(0, 0, width, 2000), Qt::TextWordWrap, shown->text())
                              .size();
                    QVERIFY2(text->boundingSize(width) == expected,
                        qPrintable(QStringLiteral("%1 at %2 px: %3x%4, Qt %5x%6")
                                       .arg(what)
                                       .arg(width)
                                       .arg(text->boundingSize(width).width())
                                       .arg(text->boundingSize(width).height())
                                       .arg(expected.width())
                                       .arg(expected.height())));
                }
            }
        }
    }
    QVERIFY(labels > 100);
    // Nearly all of them are plain text, which is the point.
    QVERIFY2(shaped * 10 > labels * 8, qPrintable(QStringLiteral("%1 of %2 shaped").arg(shaped).arg(labels)));

    // Text the shaping does not take is measured by QLabel itself: rich text, a selectable paragraph, a line
    // break of its own, a mnemonic for a buddy.
    const QString sentence
        = QStringLiteral("A sentence long enough to wrap over several lines at this width.");
    for (const QString &text : {QStringLiteral("<b>Bold</b> and plain, wrapped over lines at this width."),
             sentence + QLatin1Char('\n') + sentence, QStringLiteral("R&&D and &Sales, ") + sentence}) {
        WrappedLabel measured(text);
        QLabel reference(text);
        reference.setWordWrap(true);
        QLineEdit buddy;
        measured.setBuddy(&buddy);
        reference.setBuddy(&buddy);
        QCOMPARE(measured.sizeHint(), reference.sizeHint());
        QCOMPARE(measured.minimumSizeHint(), reference.minimumSizeHint());
        QCOMPARE(measured.heightForWidth(150), reference.heightForWidth(150));
    }
    // A label a style sheet gives a box of its own.
    WrappedLabel styled(sentence);
    QLabel styledReference(sentence);
    styledReference.setWordWrap(true);
    for (QLabel *label : {static_cast<QLabel *>(&styled), &styledReference})
        label->setStyleSheet(QStringLiteral("QLabel { padding: 7px 3px; border: 2px solid gray; }"));
    QCOMPARE(styled.sizeHint(), styledReference.sizeHint());
    QCOMPARE(styled.heightForWidth(150), styledReference.heightForWidth(150));
    Paragraph selectable;
    selectable.setText(sentence);
    selectable.becomeSelectable();
    QLabel reference(sentence);
    reference.setWordWrap(true);
    reference.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QCOMPARE(selectable.heightForWidth(150), reference.heightForWidth(150));
}

void TestMainWindow::anIconDrawnAheadIsTheIconDrawnWhenShown()
{
    // A worker draws the icons a window shows first; what the window then paints must be what it would have
    // drawn itself, in every state.
    const QIcon icon = SvgIconEngine::icon(QStringLiteral("roadmap"));
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected, QIcon::Disabled}) {
        QPixmapCache::clear();
        SvgIconEngine::drawAhead({{QStringLiteral("roadmap"), QSize(22, 22), 1.0, mode}}).wait();
        const QImage drawnAhead = icon.pixmap(QSize(22, 22), mode).toImage();
        QPixmapCache::clear();
        const QImage drawnWhenShown = icon.pixmap(QSize(22, 22), mode).toImage();
        QVERIFY(!drawnWhenShown.isNull());
        QCOMPARE(drawnAhead, drawnWhenShown);
    }
    // Asked for while a worker draws it, the icon is waited for, not drawn twice or missed.
    QPixmapCache::clear();
    std::future<void> drawing = SvgIconEngine::drawAhead({{QStringLiteral("audit"), QSize(64, 64), 1.0}});
    const QImage whileDrawn = SvgIconEngine::icon(QStringLiteral("audit")).pixmap(QSize(64, 64)).toImage();
    drawing.wait();
    QPixmapCache::clear();
    QCOMPARE(whileDrawn, SvgIconEngine::icon(QStringLiteral("audit")).pixmap(QSize(64, 64)).toImage());
}

void TestMainWindow::typingFindsRolesAndEnterOpensTheFirst()
{
    auto window = makeWindow();
    QCOMPARE(window->currentPageKey(), QStringLiteral("role"));
    QLineEdit *field = window->rolePage()->searchField();
    QTest::keyClicks(field, QStringLiteral("backend"));
    const QStringList results = visibleResultTexts(window->rolePage());
    QVERIFY(!results.isEmpty());
    QVERIFY2(results.first().startsWith(QStringLiteral("Backend Developer")), qPrintable(results.first()));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window->currentRoleId(), QStringLiteral("backend-developer"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("portrait"));
    QCOMPARE(window->portraitPage()->title(), QStringLiteral("Backend Developer"));

    // The same tasks in the same three columns as core's baseline.
    const Role *role = m_catalog->role(u"backend-developer");
    const RoleBaseline baseline = RiskScorer().baseline(*role);
    qsizetype shown = 0;
    for (Battlefield column :
        {Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow}) {
        QStringList expected;
        for (qsizetype i = 0; i < role->tasks.size(); ++i) {
            if (baseline.battlefield[i] == column)
                expected << role->tasks[i].title.en;
        }
        // A column may be empty: the labels decide, not the page.
        QCOMPARE(window->portraitPage()->battlefield()->titlesIn(column), expected);
        shown += expected.size();
    }
    QCOMPARE(shown, role->tasks.size());
}

// A first start opens on the role page with the search field ready: a new user types at once.
void TestMainWindow::aNewWindowTakesTypingInTheSearchField()
{
    auto window = makeWindow();
    QCOMPARE(window->currentPageKey(), QStringLiteral("role"));
    QCOMPARE(window->focusWidget(), window->rolePage()->searchField());
}

void TestMainWindow::arrowsMoveThroughTheResultsFromTheField()
{
    auto window = makeWindow();
    QLineEdit *field = window->rolePage()->searchField();
    QTest::keyClicks(field, QStringLiteral("developer"));
    QListView *view = window->rolePage()->resultsView();
    QCOMPARE(view->currentIndex().row(), 0);
    const QString first = view->currentIndex().data().toString();
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(view->currentIndex().data().toString(), first);
    QVERIFY(field->hasFocus() || !window->isActiveWindow());
}

void TestMainWindow::occupationsAreFoundByCodeAndWithoutAccents()
{
    auto window = makeWindow();
    QLineEdit *field = window->rolePage()->searchField();
    // Welders have no curated role: the occupation itself opens.
    QTest::keyClicks(field, QStringLiteral("51-4121"));
    QStringList results = visibleResultTexts(window->rolePage());
    QVERIFY(!results.isEmpty());
    QVERIFY2(results.first().contains(QStringLiteral("51-4121")), qPrintable(results.first()));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window->currentRoleId(), QStringLiteral("51-4121.00"));

    field->clear();
    QTest::keyClicks(field, QStringLiteral("developpeur back"));
    results = visibleResultTexts(window->rolePage());
    QVERIFY(!results.isEmpty());
    QVERIFY2(results.first().startsWith(QStringLiteral("Backend Developer")), qPrintable(results.first()));

    // The clear button shows while there is something to clear, and empties the field.
    QAction *clear = nullptr;
    for (QAction *action : field->actions()) {
        if (action->text() == QStringLiteral("Clear the search"))
            clear = action;
    }
    QVERIFY(clear);
    QVERIFY(clear->isVisible());
    clear->trigger();
    QVERIFY(field->text().isEmpty());
    QVERIFY(!clear->isVisible());
}

void TestMainWindow::sectorFilterKeepsOnlyThatSectorsRoles()
{
    auto window = makeWindow();
    auto *sector = window->rolePage()->findChild<QComboBox *>();
    QVERIFY(sector);
    const int technology = sector->findData(QStringLiteral("technology"));
    QVERIFY(technology > 0);
    sector->setCurrentIndex(technology);
    QTest::keyClicks(window->rolePage()->searchField(), QStringLiteral("e"));
    QAbstractItemModel *model = window->rolePage()->resultsView()->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(Qt::UserRole + 1).toString();
        const Role *role = m_catalog->role(id);
        QVERIFY2(role, qPrintable(id));
        QCOMPARE(role->sectorId, QStringLiteral("technology"));
    }
}

void TestMainWindow::languageSwitchChangesVisibleTexts()
{
    auto window = makeWindow();
    auto *navigation = window->findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Role"));
    const QString englishMenu = window->menuBar()->actions().first()->text();
    QAction *french = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Français"))
            french = action;
    }
    QVERIFY(french);
    french->trigger();
    QCOMPARE(m_language->language(), Language::French);
    // Qt posts the change to every window; the texts follow when the event loop runs.
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Rôle"));
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    QVERIFY(window->menuBar()->actions().first()->text() != englishMenu);
    QCOMPARE(window->rolePage()->searchField()->placeholderText(), QStringLiteral("Trouver un rôle…"));
    // The portrait is drawn again in French, catalog texts and the page's own words alike.
    window->openRole(QStringLiteral("backend-developer"));
    QCOMPARE(window->portraitPage()->title(), QStringLiteral("Développeur backend"));
    QVERIFY(window->portraitPage()->findChild<QLabel *>()->text() != QStringLiteral("Task battlefield"));
    bool frenchHeading = false;
    for (QLabel *label : window->portraitPage()->findChildren<QLabel *>())
        frenchHeading = frenchHeading || label->text() == QStringLiteral("Champ de bataille des tâches");
    QVERIFY(frenchHeading);
    // Catalog texts follow too: sector headings are shown in French.
    const QStringList results = visibleResultTexts(window->rolePage());
    QVERIFY(results.contains(QStringLiteral("Technologie")));
}

void TestMainWindow::newWindowRestoresLastPageRoleAndRecentRoles()
{
    {
        auto window = makeWindow();
        QTest::keyClicks(window->rolePage()->searchField(), QStringLiteral("backend"));
        QTest::keyClick(window->rolePage()->searchField(), Qt::Key_Return);
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->currentRoleId(), QStringLiteral("backend-developer"));
    const QStringList results = visibleResultTexts(window->rolePage());
    QVERIFY(results.size() > 1);
    QCOMPARE(results.at(0), QStringLiteral("Recent roles"));
    QVERIFY(results.at(1).startsWith(QStringLiteral("Backend Developer")));
}

void TestMainWindow::openBackendAudit(MainWindow &window)
{
    QTest::keyClicks(window.rolePage()->searchField(), QStringLiteral("backend"));
    QTest::keyClick(window.rolePage()->searchField(), Qt::Key_Return);
    QCOMPARE(window.currentPageKey(), QStringLiteral("portrait"));
    window.showPage(QStringLiteral("audit"));
    QCOMPARE(window.currentPageKey(), QStringLiteral("audit"));
}

void TestMainWindow::nextNextFinishGivesTheRolesScore()
{
    auto window = makeWindow();
    openBackendAudit(*window);
    AuditPage *audit = window->auditPage();
    QCOMPARE(audit->step(), 0);
    QTest::mouseClick(audit->nextButton(), Qt::LeftButton);
    QCOMPARE(audit->step(), 1);
    QTest::mouseClick(audit->nextButton(), Qt::LeftButton);
    QCOMPARE(audit->step(), 2);
    QVERIFY(audit->finishButton()->isVisible());
    QTest::mouseClick(audit->finishButton(), Qt::LeftButton);
    QCOMPARE(window->currentPageKey(), QStringLiteral("result"));

    const Role *role = m_catalog->role(u"backend-developer");
    const RiskScorer scorer;
    const double expected = scorer.score(*role, AuditAnswers::defaults(*role)).risk;
    QCOMPARE(window->resultPage()->score(), expected);
    QCOMPARE(window->resultPage()->printedScore(), QLocale().toString(expected, 'f', 1));
}

void TestMainWindow::filledAuditGivesCoresScoreAndBreakdownAddsUp()
{
    auto window = makeWindow();
    openBackendAudit(*window);
    AuditPage *audit = window->auditPage();
    const Role *role = m_catalog->role(u"backend-developer");
    AuditAnswers answers = AuditAnswers::emptyFor(*role);
    // A week mostly on routine code, some design, a little other work; two tools; senior.
    for (int i = 0; i < role->tasks.size(); ++i) {
        answers.taskHours[i] = (i % 3 == 0) ? 6 : (i % 3 == 1 ? 2 : 0);
        QDoubleSpinBox *box = audit->hoursBox(i);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(answers.taskHours[i]));
        QTest::keyClick(box, Qt::Key_Tab);
    }
    answers.otherHours = 3;
    audit->otherHoursBox()->setValue(3);
    QTest::mouseClick(audit->nextButton(), Qt::LeftButton);
    const QString firstTool = role->tools.first().toolId;
    const QString secondTool = role->tools.last().toolId;
    audit->toolBox(firstTool)->setCurrentIndex(3);  // daily
    audit->toolBox(secondTool)->setCurrentIndex(1); // monthly
    answers.tools.insert(firstTool, ToolFrequency::Daily);
    answers.tools.insert(secondTool, ToolFrequency::Monthly);
    QTest::mouseClick(audit->nextButton(), Qt::LeftButton);
    audit->setExperience(Experience::Senior);
    answers.experience = Experience::Senior;
    QTest::mouseClick(audit->finishButton(), Qt::LeftButton);

    const RiskResult expected = RiskScorer().score(*role, answers);
    QCOMPARE(window->resultPage()->score(), expected.risk);
    // The chart shows core's rounded parts, which add up to the score as printed.
    const AuditOutcome outcome
        = AuditOutcome::compute(RoleRef::role(role->id), *role, answers, Language::English);
    QList<ChartBar> parts;
    for (const BreakdownPart &part : outcome.factorParts) {
        if (part.shown != 0)
            parts.append({part.label, part.shown});
    }
    QCOMPARE(window->resultPage()->breakdown().size(), parts.size());
    qint64 tenths = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(window->resultPage()->breakdown()[i].label, parts[i].label);
        QCOMPARE(window->resultPage()->breakdown()[i].value, parts[i].value);
        tenths += qRound64(parts[i].value * 10);
    }
    QCOMPARE(QLocale().toString(double(tenths) / 10, 'f', 1), window->resultPage()->printedScore());
    const auto peers = PeerDistribution::cachedFor(*role);
    const QString safer = QLocale().toString(peers->peersSaferThan(expected.risk), 'f', 1);
    QVERIFY2(window->resultPage()->peerSentence()->text().startsWith(safer),
        qPrintable(window->resultPage()->peerSentence()->text()));
}

void TestMainWindow::whatIfMovesTheScoreAsCoreSays()
{
    auto window = makeWindow();
    openBackendAudit(*window);
    window->auditPage()->setExperience(Experience::Mid);
    QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
    QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
    QTest::mouseClick(window->auditPage()->finishButton(), Qt::LeftButton);
    ResultPage *result = window->resultPage();
    const Role *role = m_catalog->role(u"backend-developer");
    AuditAnswers answers = result->answers();

    result->whatIfExperience()->setCurrentIndex(int(Experience::Lead));
    answers.experience = Experience::Lead;
    QCOMPARE(result->whatIfScore(), RiskScorer().score(*role, answers).risk);
    QVERIFY(result->whatIfScore() != result->score());

    const int from = result->whatIfFrom()->currentData().toInt();
    const int to = result->whatIfTo()->currentData().toInt();
    QVERIFY(from != to && from >= 0 && to >= 0);
    result->whatIfHours()->setValue(2);
    answers.taskHours[from] -= 2;
    answers.taskHours[to] += 2;
    QCOMPARE(result->whatIfScore(), RiskScorer().score(*role, answers).risk);
    // The score itself is the audit's until it is taken again.
    QCOMPARE(result->score(), RiskScorer().score(*role, result->answers()).risk);
}

void TestMainWindow::savedAuditAndResultPageComeBackInANewWindow()
{
    double saved = 0;
    {
        auto window = makeWindow();
        openBackendAudit(*window);
        window->auditPage()->setExperience(Experience::Senior);
        QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
        QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
        QTest::mouseClick(window->auditPage()->finishButton(), Qt::LeftButton);
        saved = window->resultPage()->score();
        QVERIFY(window->resultPage()->saveButton()->isEnabled());
        QTest::mouseClick(window->resultPage()->saveButton(), Qt::LeftButton);
        QVERIFY(!window->resultPage()->saveButton()->isEnabled());
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->currentPageKey(), QStringLiteral("result"));
    QCOMPARE(window->resultPage()->score(), saved);
    QCOMPARE(window->resultPage()->answers().experience, Experience::Senior);
    QVERIFY(!window->resultPage()->saveButton()->isEnabled());
}

void TestMainWindow::auditDraftResumesInANewWindow()
{
    {
        auto window = makeWindow();
        openBackendAudit(*window);
        window->auditPage()->hoursBox(0)->setValue(17);
        QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->currentPageKey(), QStringLiteral("audit"));
    QCOMPARE(window->auditPage()->step(), 1);
    QCOMPARE(window->auditPage()->hoursBox(0)->value(), 17.0);
}

// Earlier versions kept the window's state in desktop.ini, a name Windows Explorer reads for itself: the
// file takes its new name and the role and page it holds come back.
void TestMainWindow::stateFromAnEarlierVersionIsKept()
{
    const QString earlier = QDir(m_data->path()).filePath(QStringLiteral("desktop.ini"));
    {
        QSettings state(earlier, QSettings::IniFormat);
        state.setValue(QStringLiteral("roles/current"), QStringLiteral("backend-developer"));
        state.setValue(QStringLiteral("window/page"), QStringLiteral("portrait"));
    }
    auto window = makeWindow();
    QCOMPARE(window->currentRoleId(), QStringLiteral("backend-developer"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("portrait"));
    QVERIFY(!QFileInfo::exists(earlier));
    QCOMPARE(QFileInfo(window->settingsPath()).fileName(), QStringLiteral("window-state.ini"));
}

void TestMainWindow::compareShowsTheRoleBesideAnotherWithCoresFigures()
{
    auto window = makeWindow();
    QTest::keyClicks(window->rolePage()->searchField(), QStringLiteral("backend"));
    QTest::keyClick(window->rolePage()->searchField(), Qt::Key_Return);
    window->showPage(QStringLiteral("compare"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("compare"));
    ComparePage *compare = window->comparePage();
    const QStringList chosen = compare->chosenRoles();
    QVERIFY(chosen.size() >= 2);
    QCOMPARE(chosen.first(), QStringLiteral("backend-developer"));
    compare->roleBox(2)->setCurrentIndex(compare->roleBox(2)->findData(QStringLiteral("accountant")));
    QCOMPARE(compare->chosenRoles().size(), chosen.size() + 1);
    QCOMPARE(compare->table()->columnCount(), int(chosen.size() + 1));
    const RoleBaseline accountant = RiskScorer().baseline(*m_catalog->role(u"accountant"));
    QCOMPARE(compare->table()->item(0, int(chosen.size()))->text(),
        QLocale().toString(accountant.automation, 'f', 1) + QLatin1Char('%'));
}

void TestMainWindow::breakdownPartsAddUpToThePrintedScore()
{
    auto window = makeWindow();
    ResultPage *result = window->resultPage();
    QRandomGenerator random(20261202);
    for (const QString &id : {QStringLiteral("backend-developer"), QStringLiteral("accountant")}) {
        const Role *role = m_catalog->role(id);
        QVERIFY(role);
        for (int trial = 0; trial < 60; ++trial) {
            AuditAnswers answers = AuditAnswers::emptyFor(*role);
            for (double &hours : answers.taskHours)
                hours = random.bounded(3) == 0 ? 0 : random.bounded(120) / 10.0;
            answers.taskHours[0] += 1; // at least one task has hours
            answers.otherHours = random.bounded(2) == 0 ? 0 : random.bounded(80) / 10.0;
            answers.experience = allExperienceLevels[random.bounded(int(allExperienceLevels.size()))];
            for (const RoleTool &tool : role->tools)
                answers.tools.insert(tool.toolId, ToolFrequency(random.bounded(4)));
            Result<AuditOutcome> outcome = m_workspace->score(RoleRef::role(id), answers, Language::English);
            QVERIFY(outcome.ok());
            result->setResult(outcome.value());
            // Summed in tenths, as they are printed, so no floating-point dust can hide a missing tenth.
            qint64 tenths = 0;
            for (const ChartBar &part : result->breakdown())
                tenths += qRound64(part.value * 10);
            QVERIFY2(QLocale().toString(double(tenths) / 10, 'f', 1) == result->printedScore(),
                qPrintable(QStringLiteral("%1, trial %2: parts add to %3, score printed %4")
                               .arg(id)
                               .arg(trial)
                               .arg(double(tenths) / 10)
                               .arg(result->printedScore())));
        }
    }
}

void TestMainWindow::reportActionsWaitForARole()
{
    auto window = makeWindow();
    ReportActions *report = window->reportActions();
    const QList<QAction *> actions = {report->previewAction(), report->printAction(), report->exportAction()};
    for (QAction *action : actions) {
        QVERIFY(!action->isEnabled());
        QVERIFY(window->menuBar()->actions().first()->menu()->actions().contains(action));
    }
    QCOMPARE(report->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    window->openRole(QStringLiteral("15-1252.00"));
    for (QAction *action : actions)
        QVERIFY(action->isEnabled());
}

void TestMainWindow::exportPdfWritesTheReportAndNoTemporaryFile()
{
    auto window = makeWindow();
    openBackendAudit(*window);
    QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
    QTest::mouseClick(window->auditPage()->nextButton(), Qt::LeftButton);
    QTest::mouseClick(window->auditPage()->finishButton(), Qt::LeftButton);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("backend.pdf"));
    // An earlier export is replaced whole.
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier file");
    }
    QString suggested;
    window->reportActions()->setPathChooser([&](const QString &offered) {
        suggested = offered;
        return path;
    });
    window->reportActions()->exportAction()->trigger();
    QVERIFY2(suggested.endsWith(QStringLiteral("Backend Developer.pdf")), qPrintable(suggested));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray pdf = written.readAll();
    QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(16).constData());
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // QSaveFile wrote beside the target and renamed: nothing else is left in the folder.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
        QStringList{QStringLiteral("backend.pdf")});
    QVERIFY(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));

    // The report is the result on show, in the window's language.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    auto textOf = [&](const QString &pdf) {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    };
    const QString english = textOf(path);
    QVERIFY(english.contains(QStringLiteral("Backend Developer")));
    QVERIFY2(english.contains(window->resultPage()->printedScore()), qPrintable(english.left(400)));
    window->setLanguage(Language::French);
    QTRY_COMPARE(window->reportActions()->exportAction()->text(), QStringLiteral("&Exporter en PDF…"));
    window->reportActions()->exportAction()->trigger();
    const QString french = textOf(path);
    QVERIFY2(french.contains(QStringLiteral("Développeur backend")), qPrintable(french.left(400)));
    QVERIFY(!french.contains(QStringLiteral("Backend Developer")));
}

void TestMainWindow::printPreviewShowsTheReportPages()
{
    auto window = makeWindow();
    window->openRole(QStringLiteral("backend-developer"));
    int pages = -1;
    // The dialog is modal: look at it from inside its own event loop, then close it.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QPrintPreviewWidget *preview = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
        if (preview && QTest::qWaitFor([&] { return preview->pageCount() > 0; }, 20000))
            pages = preview->pageCount();
        if (dialog)
            dialog->reject();
    });
    window->reportActions()->previewAction()->trigger();
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
