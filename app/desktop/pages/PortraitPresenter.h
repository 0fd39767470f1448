#pragma once
// Fills the portrait page from the workspace's RolePortrait bundle, for a curated role or an occupation, in
// the window's language: it picks and words what core computed, and computes nothing itself.

#include "common/LocalizedText.h"

#include <QCoreApplication>
#include <QString>

namespace outpace {

class PortraitPage;
class Workspace;
struct RolePortrait;

class PortraitPresenter
{
    Q_DECLARE_TR_FUNCTIONS(PortraitPresenter)

public:
    explicit PortraitPresenter(const Workspace &workspace);

    // Returns false when id is neither a curated role nor a known occupation.
    bool present(PortraitPage &page, const QString &id, Language language) const;

private:
    void presentHeadline(PortraitPage &page, const RolePortrait &portrait) const;
    void presentTasks(PortraitPage &page, const RolePortrait &portrait) const;
    void presentWorkers(PortraitPage &page, const RolePortrait &portrait) const;
    void presentTools(PortraitPage &page, const RolePortrait &portrait) const;
    void presentLenses(PortraitPage &page, const RolePortrait &portrait) const;

    const Workspace &m_workspace;
};

} // namespace outpace
