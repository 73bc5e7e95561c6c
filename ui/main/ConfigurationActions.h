// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>
#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace heatdesk::store {
class Database;
}

namespace heatdesk::ui {

// The Configure menu's editing of the tree: add a site, channel, bus or meter below the current
// row (or its nearest ancestor of the right kind), edit the current row (F2), import meters from
// CSV into the current bus. Each opens its dialog; a saved change is announced so the window can
// rebuild links and engines from the new configuration.
class ConfigurationActions : public QObject {
    Q_OBJECT
public:
    // `current` gives the tree's current row as a BusTreeModel index (invalid when none).
    ConfigurationActions(QWidget* window, std::function<QModelIndex()> current);

    void setDatabase(store::Database* db) { m_db = db; }
    [[nodiscard]] QList<QAction*> addActions() const {
        return {m_addSite, m_addChannel, m_addBus, m_addMeter};
    }
    [[nodiscard]] QAction* addMeterAction() const { return m_addMeter; }
    [[nodiscard]] QAction* editAction() const { return m_edit; }
    [[nodiscard]] QAction* importAction() const { return m_import; }
    void retranslate();

signals:
    void configurationChanged();
    void message(const QString& text);

private:
    void add(int kind);
    void editCurrent();
    void importMeters();
    void run(QDialog* dialog);

    QWidget* m_window;
    std::function<QModelIndex()> m_current;
    store::Database* m_db = nullptr;
    QAction* m_addSite;
    QAction* m_addChannel;
    QAction* m_addBus;
    QAction* m_addMeter;
    QAction* m_edit;
    QAction* m_import;
};

} // namespace heatdesk::ui
