#pragma once

#include "result.h"

#include <QWidget>

class QSettings;

namespace core {
class Repository;
}

namespace ui {

/// A page of the main window for one area of the product (registry, history log, campaigns, ...).
/// The main window shows it when its navigation entry is chosen, hands it another workspace when the
/// user opens one, and lets it keep its layout in the settings.
class AreaPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows the data of another workspace, which must outlive the page.
    virtual core::Status setRepository(core::Repository &repo) = 0;
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreState(const QSettings &settings) { Q_UNUSED(settings); }
    /// The page became the shown one (refresh what depends on today, focus the first field, ...).
    virtual void activated() {}
};

} // namespace ui
