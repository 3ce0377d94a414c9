#include "accessiblenames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>

namespace ui {

namespace {

/// The kind of control, as a screen reader user would call it; empty for widgets that are not interactive.
QString kindOf(QWidget *w)
{
    if (qobject_cast<QTabWidget *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "tabs");
    if (qobject_cast<QAbstractItemView *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "table");
    if (qobject_cast<QLineEdit *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "text field");
    if (qobject_cast<QComboBox *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "choice");
    if (qobject_cast<QAbstractSpinBox *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "value");
    if (qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "text");
    if (qobject_cast<QAbstractSlider *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "slider");
    if (qobject_cast<QAbstractButton *>(w))
        return QCoreApplication::translate("ui::AccessibleNames", "button");
    return {};
}

/// Scroll bars, headers and the editors inside combo boxes and views are announced through their owner.
bool partOfAnother(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QLineEdit *>(p) ||
            qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p))
            return true;
    return w->objectName().startsWith(u"qt_") ||
           (w->parentWidget() && (w->parentWidget()->inherits("QTabBar") ||
                                  w->parentWidget()->objectName().startsWith(u"qt_scrollarea")));
}

bool hasBuddyLabel(QWidget *w)
{
    for (QLabel *label : w->window()->findChildren<QLabel *>())
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return true;
    return false;
}

/// The label of the innermost tab `w` is on, if any.
QString tabOf(QWidget *w)
{
    for (QWidget *child = w, *p = w->parentWidget(); p; child = p, p = p->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(p))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i) == child || tabs->widget(i)->isAncestorOf(child))
                    return tabs->tabText(i).remove(u'&');
    return {};
}

} // namespace

void nameUnnamedWidgets(QWidget *page, const QString &areaTitle)
{
    for (QWidget *w : page->findChildren<QWidget *>()) {
        const QString kind = kindOf(w);
        if (kind.isEmpty() || partOfAnother(w) || !w->accessibleName().trimmed().isEmpty())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().trimmed().isEmpty())
            continue;
        if (hasBuddyLabel(w))
            continue;
        QString name = w->toolTip().trimmed();
        if (auto *edit = qobject_cast<QLineEdit *>(w); name.isEmpty() && edit)
            name = edit->placeholderText().trimmed();
        if (name.isEmpty()) {
            QStringList parts{areaTitle};
            if (const QString tab = tabOf(w); !tab.isEmpty())
                parts << tab;
            parts << kind;
            name = parts.join(QStringLiteral(" — "));
        }
        w->setAccessibleName(name);
    }
}

} // namespace ui
