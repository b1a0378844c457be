#pragma once

#include "model/workload/workload.h"
#include "model/workload/workloadfield.h"

#include <QWidget>

#include <array>

class DataHall;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QUndoStack;
class WorkloadSet;

// Edits one workload field by field, with units on every number and the model's
// validation shown under the field it is about. Each committed field (Enter, leaving the
// field, an arrow step, a choice) is one WorkloadEditor::editWorkload call: one undo
// command, merged with the previous one while the same field keeps changing, and none when
// the value did not change. A value the model refuses stays in its field with the reason
// beneath it; the document keeps its last valid value. Undo and redo reload the form.
class WorkloadForm : public QWidget
{
    Q_OBJECT

public:
    WorkloadForm(WorkloadSet *workloads, const DataHall *hall, QUndoStack *stack,
                 QWidget *parent = nullptr);

    // 0 shows an empty, disabled form.
    void setWorkload(WorkloadId id);
    WorkloadId workloadId() const { return m_id; }

    // For tests and accessibility: the editor and the error line of a field.
    QWidget *editor(WorkloadField field) const;
    QString errorText(WorkloadField field) const;

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    void build();
    void addRow(QFormLayout *form, WorkloadField field, QWidget *editor);
    QSpinBox *makeCount(int maximum, WorkloadField field);
    QDoubleSpinBox *makeAmount(double maximum, int decimals, WorkloadField field);
    void retranslateUi();
    void load();
    void showErrors(const QList<FieldError> &errors);
    // The document's workload with one field taken from its editor.
    Workload withField(WorkloadField field) const;
    void commit(WorkloadField field);
    void updateKindGroups(WorkloadKind kind);

    WorkloadSet *m_workloads;
    const DataHall *m_hall;
    QUndoStack *m_stack;
    WorkloadId m_id = 0;
    bool m_loading = false;

    Row &row(WorkloadField field);
    const Row &row(WorkloadField field) const;

    std::array<Row, static_cast<size_t>(WorkloadField::Count)> m_rows {};
    Row m_inferenceTpRow; // tensor parallelism is a field of both kinds, each in its group
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_precision = nullptr;
    QGroupBox *m_trainingGroup = nullptr;
    QGroupBox *m_inferenceGroup = nullptr;
    QDoubleSpinBox *m_tokens = nullptr; // billions
    QDoubleSpinBox *m_deadline = nullptr; // days
    QSpinBox *m_trainingTp = nullptr;
    QSpinBox *m_pipeline = nullptr;
    QComboBox *m_zero = nullptr;
    QDoubleSpinBox *m_dataset = nullptr; // terabytes
    QDoubleSpinBox *m_checkpointInterval = nullptr; // hours
    QSpinBox *m_retention = nullptr;
    QDoubleSpinBox *m_rate = nullptr; // requests per second
    QSpinBox *m_input = nullptr;
    QSpinBox *m_output = nullptr;
    QDoubleSpinBox *m_ttft = nullptr; // milliseconds
    QDoubleSpinBox *m_tpot = nullptr; // milliseconds
    QSpinBox *m_inferenceTp = nullptr;
    QCheckBox *m_nPlusOne = nullptr;
    QLabel *m_empty = nullptr;
};
