#pragma once

class QString;
class QWidget;

namespace ui {

/// Gives every interactive widget of `page` that a screen reader would announce without a name (no
/// accessible name, no label buddy) one built from what the user sees: its tooltip or placeholder, else
/// the area and the tab it is on with the kind of control ("履历书 — 到期与超期 — 表格").
void nameUnnamedWidgets(QWidget *page, const QString &areaTitle);

} // namespace ui
