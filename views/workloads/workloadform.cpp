#include "views/workloads/workloadform.h"

#include "model/project/workloadeditor.h"
#include "model/workload/modelpresets.h"
#include "model/workload/workloadset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {
// The form shows people's units; the document keeps SI and plain counts.
constexpr double kBillion = 1e9;
constexpr double kDay = 86400.0;
constexpr double kHour = 3600.0;
constexpr double kTerabyte = 1e12;
constexpr double kMillisecond = 1e-3;

size_t fieldIndex(WorkloadField field)
{
    return static_cast<size_t>(field);
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->hide();
    return label;
}
} // namespace

WorkloadForm::WorkloadForm(WorkloadSet *workloads, const DataHall *hall, QUndoStack *stack,
                           QWidget *parent)
    : QWidget(parent)
    , m_workloads(workloads)
    , m_hall(hall)
    , m_stack(stack)
{
    setObjectName(QStringLiteral("workloadForm"));
    build();
    retranslateUi();
    // Undo, redo and edits from elsewhere (the command line's project, a duplicate) show
    // here as they happen.
    connect(m_workloads, &WorkloadSet::workloadChanged, this, [this](WorkloadId id) {
        if (id == m_id)
            load();
    });
    connect(m_workloads, &WorkloadSet::workloadRemoved, this, [this](WorkloadId id) {
        if (id == m_id)
            setWorkload(0);
    });
    connect(m_workloads, &WorkloadSet::workloadsReset, this, [this] { setWorkload(0); });
    setWorkload(0);
}

WorkloadForm::Row &WorkloadForm::row(WorkloadField field)
{
    if (field == WorkloadField::TensorParallel && m_kind
        && m_kind->currentData().toInt() == int(WorkloadKind::Inference))
        return m_inferenceTpRow;
    return m_rows[fieldIndex(field)];
}

const WorkloadForm::Row &WorkloadForm::row(WorkloadField field) const
{
    return const_cast<WorkloadForm *>(this)->row(field);
}

QWidget *WorkloadForm::editor(WorkloadField field) const
{
    return row(field).editor;
}

QString WorkloadForm::errorText(WorkloadField field) const
{
    const Row &r = row(field);
    return r.error && !r.error->isHidden() ? r.error->text() : QString();
}

QSpinBox *WorkloadForm::makeCount(int maximum, WorkloadField field)
{
    auto *spin = new QSpinBox;
    spin->setRange(0, maximum);
    spin->setKeyboardTracking(false); // one commit per Enter, focus change or step
    spin->setGroupSeparatorShown(true);
    connect(spin, &QSpinBox::valueChanged, this, [this, field] { commit(field); });
    return spin;
}

QDoubleSpinBox *WorkloadForm::makeAmount(double maximum, int decimals, WorkloadField field)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(0.0, maximum);
    spin->setDecimals(decimals);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field] { commit(field); });
    return spin;
}

void WorkloadForm::addRow(QFormLayout *form, WorkloadField field, QWidget *editor)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    Row r {editor, new QLabel, errorLabel(cell)};
    layout->addWidget(r.error);
    r.label->setBuddy(editor);
    editor->setObjectName(QStringLiteral("field_") + WorkloadFields::key(field));
    form->addRow(r.label, cell);
    if (field == WorkloadField::TensorParallel && form->parentWidget() == m_inferenceGroup)
        m_inferenceTpRow = r;
    else
        m_rows[fieldIndex(field)] = r;
}

void WorkloadForm::build()
{
    m_name = new QLineEdit;
    connect(m_name, &QLineEdit::editingFinished, this, [this] { commit(WorkloadField::Name); });
    m_kind = new QComboBox;
    m_kind->addItem(QString(), int(WorkloadKind::Training));
    m_kind->addItem(QString(), int(WorkloadKind::Inference));
    connect(m_kind, &QComboBox::activated, this, [this] { commit(WorkloadField::Kind); });
    m_model = new QComboBox;
    for (const ModelArchitecture &preset : ModelPresets::all())
        m_model->addItem(preset.name, preset.name);
    connect(m_model, &QComboBox::activated, this, [this] { commit(WorkloadField::Model); });
    m_precision = new QComboBox;
    for (int p = 0; p < kPrecisionCount; ++p)
        m_precision->addItem(PrecisionInfo::name(Precision(p)), p);
    connect(m_precision, &QComboBox::activated, this, [this] { commit(WorkloadField::Precision); });

    auto *common = new QFormLayout;
    common->setContentsMargins(0, 0, 0, 0);
    addRow(common, WorkloadField::Name, m_name);
    addRow(common, WorkloadField::Kind, m_kind);
    addRow(common, WorkloadField::Model, m_model);
    addRow(common, WorkloadField::Precision, m_precision);

    m_trainingGroup = new QGroupBox;
    auto *training = new QFormLayout(m_trainingGroup);
    m_tokens = makeAmount(1e6, 1, WorkloadField::Tokens);
    m_deadline = makeAmount(3650.0, 1, WorkloadField::Deadline);
    m_trainingTp = makeCount(1024, WorkloadField::TensorParallel);
    m_pipeline = makeCount(1024, WorkloadField::PipelineParallel);
    m_zero = new QComboBox;
    m_zero->addItem(QString(), TrainingParameters::kAutomatic);
    for (int stage = 0; stage <= 3; ++stage)
        m_zero->addItem(QString(), stage);
    connect(m_zero, &QComboBox::activated, this, [this] { commit(WorkloadField::ZeroStage); });
    m_dataset = makeAmount(1e6, 2, WorkloadField::DatasetSize);
    m_checkpointInterval = makeAmount(1000.0, 1, WorkloadField::CheckpointInterval);
    m_retention = makeCount(1000, WorkloadField::CheckpointRetention);
    addRow(training, WorkloadField::Tokens, m_tokens);
    addRow(training, WorkloadField::Deadline, m_deadline);
    addRow(training, WorkloadField::TensorParallel, m_trainingTp);
    addRow(training, WorkloadField::PipelineParallel, m_pipeline);
    addRow(training, WorkloadField::ZeroStage, m_zero);
    addRow(training, WorkloadField::DatasetSize, m_dataset);
    addRow(training, WorkloadField::CheckpointInterval, m_checkpointInterval);
    addRow(training, WorkloadField::CheckpointRetention, m_retention);

    m_inferenceGroup = new QGroupBox;
    auto *inference = new QFormLayout(m_inferenceGroup);
    m_rate = makeAmount(1e7, 1, WorkloadField::RequestRate);
    m_input = makeCount(10'000'000, WorkloadField::InputTokens);
    m_output = makeCount(10'000'000, WorkloadField::OutputTokens);
    m_ttft = makeAmount(1e6, 0, WorkloadField::TtftTarget);
    m_tpot = makeAmount(1e5, 1, WorkloadField::TpotTarget);
    m_inferenceTp = makeCount(1024, WorkloadField::TensorParallel);
    m_nPlusOne = new QCheckBox;
    connect(m_nPlusOne, &QCheckBox::clicked, this, [this] { commit(WorkloadField::Redundancy); });
    addRow(inference, WorkloadField::RequestRate, m_rate);
    addRow(inference, WorkloadField::InputTokens, m_input);
    addRow(inference, WorkloadField::OutputTokens, m_output);
    addRow(inference, WorkloadField::TtftTarget, m_ttft);
    addRow(inference, WorkloadField::TpotTarget, m_tpot);
    addRow(inference, WorkloadField::TensorParallel, m_inferenceTp);
    addRow(inference, WorkloadField::Redundancy, m_nPlusOne);
    m_inferenceTp->setObjectName(QStringLiteral("field_inference_tensor_parallel"));

    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(common);
    layout->addWidget(m_trainingGroup);
    layout->addWidget(m_inferenceGroup);
    layout->addStretch(1);
}

void WorkloadForm::retranslateUi()
{
    for (size_t f = 0; f < m_rows.size(); ++f) {
        if (m_rows[f].label)
            m_rows[f].label->setText(WorkloadFields::displayName(WorkloadField(f)));
    }
    m_inferenceTpRow.label->setText(WorkloadFields::displayName(WorkloadField::TensorParallel));
    m_kind->setItemText(0, Workload::kindDisplayName(WorkloadKind::Training));
    m_kind->setItemText(1, Workload::kindDisplayName(WorkloadKind::Inference));
    m_zero->setItemText(0, tr("Automatic"));
    m_zero->setItemText(1, tr("0 (plain data parallel)"));
    m_zero->setItemText(2, tr("1 (optimizer states)"));
    m_zero->setItemText(3, tr("2 (and gradients)"));
    m_zero->setItemText(4, tr("3 (FSDP: and weights)"));
    m_trainingGroup->setTitle(tr("Training job"));
    m_inferenceGroup->setTitle(tr("Inference service"));
    //: Units after numbers in the workload form; the leading space separates them
    m_tokens->setSuffix(tr(" billion tokens"));
    m_deadline->setSuffix(tr(" days"));
    m_dataset->setSuffix(tr(" TB"));
    m_dataset->setSpecialValueText(tr("From the tokens"));
    m_checkpointInterval->setSuffix(tr(" h"));
    m_checkpointInterval->setSpecialValueText(tr("Planning default (2 h)"));
    m_retention->setSpecialValueText(tr("Planning default (5)"));
    m_rate->setSuffix(tr(" requests/s"));
    m_input->setSuffix(tr(" tokens"));
    m_output->setSuffix(tr(" tokens"));
    m_ttft->setSuffix(tr(" ms"));
    m_ttft->setSpecialValueText(tr("No target"));
    m_tpot->setSuffix(tr(" ms"));
    m_tpot->setSpecialValueText(tr("No target"));
    for (QSpinBox *tp : {m_trainingTp, m_pipeline, m_inferenceTp})
        tp->setSpecialValueText(tr("Automatic"));
    m_nPlusOne->setText(tr("N+1: one spare server, so one can fail"));
    m_empty->setText(tr("Select a workload to edit it, or create one from a template."));
}

void WorkloadForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkloadForm::setWorkload(WorkloadId id)
{
    m_id = m_workloads->workload(id) ? id : 0;
    load();
}

void WorkloadForm::updateKindGroups(WorkloadKind kind)
{
    m_trainingGroup->setVisible(m_id != 0 && kind == WorkloadKind::Training);
    m_inferenceGroup->setVisible(m_id != 0 && kind == WorkloadKind::Inference);
}

void WorkloadForm::load()
{
    const Workload *w = m_workloads->workload(m_id);
    m_empty->setVisible(!w);
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_empty)
            child->setEnabled(w != nullptr);
    }
    if (!w) {
        updateKindGroups(WorkloadKind::Training);
        showErrors({});
        return;
    }
    // Setting the editors emits their change signals; commit() ignores them while loading.
    m_loading = true;
    m_name->setText(w->name);
    m_kind->setCurrentIndex(m_kind->findData(int(w->kind)));
    int model = m_model->findData(w->model.name);
    if (model < 0) {
        // A custom shape (or a preset from a newer version) is kept as it is.
        m_model->addItem(w->model.name, w->model.name);
        model = m_model->count() - 1;
    }
    m_model->setCurrentIndex(model);
    m_precision->setCurrentIndex(m_precision->findData(int(w->precision)));
    const TrainingParameters &t = w->training;
    m_tokens->setValue(t.tokens / kBillion);
    m_deadline->setValue(t.deadlineSeconds / kDay);
    m_trainingTp->setValue(t.tensorParallel);
    m_pipeline->setValue(t.pipelineParallel);
    m_zero->setCurrentIndex(std::max(0, m_zero->findData(t.zeroStage)));
    m_dataset->setValue(t.datasetBytes / kTerabyte);
    m_checkpointInterval->setValue(t.checkpoint.intervalSeconds / kHour);
    m_retention->setValue(t.checkpoint.retained);
    const InferenceParameters &i = w->inference;
    m_rate->setValue(i.requestRatePerSecond);
    m_input->setValue(i.inputTokens);
    m_output->setValue(i.outputTokens);
    m_ttft->setValue(i.ttftTargetSeconds / kMillisecond);
    m_tpot->setValue(i.tpotTargetSeconds / kMillisecond);
    m_inferenceTp->setValue(i.tensorParallel);
    m_nPlusOne->setChecked(i.nPlusOne);
    updateKindGroups(w->kind);
    showErrors(w->validate());
    m_loading = false;
}

void WorkloadForm::showErrors(const QList<FieldError> &errors)
{
    auto clear = [](Row &r) {
        if (r.error) {
            r.error->clear();
            r.error->hide();
        }
    };
    for (Row &r : m_rows)
        clear(r);
    clear(m_inferenceTpRow);
    for (const FieldError &e : errors) {
        Row &r = row(e.field);
        if (!r.error)
            continue;
        r.error->setText(r.error->text().isEmpty()
                             ? e.message
                             : r.error->text() + QLatin1Char('\n') + e.message);
        r.error->show();
    }
}

Workload WorkloadForm::withField(WorkloadField field) const
{
    Workload w = *m_workloads->workload(m_id);
    const bool inference = w.kind == WorkloadKind::Inference;
    switch (field) {
    case WorkloadField::Name:
        w.name = m_name->text().trimmed();
        break;
    case WorkloadField::Kind:
        w.kind = static_cast<WorkloadKind>(m_kind->currentData().toInt());
        break;
    case WorkloadField::Model:
        if (std::optional<ModelArchitecture> preset =
                ModelPresets::find(m_model->currentData().toString()))
            w.model = *preset;
        break;
    case WorkloadField::Precision:
        w.precision = static_cast<Precision>(m_precision->currentData().toInt());
        break;
    case WorkloadField::Tokens:
        w.training.tokens = std::round(m_tokens->value() * kBillion);
        break;
    case WorkloadField::Deadline:
        w.training.deadlineSeconds = m_deadline->value() * kDay;
        break;
    case WorkloadField::TensorParallel:
        if (inference)
            w.inference.tensorParallel = m_inferenceTp->value();
        else
            w.training.tensorParallel = m_trainingTp->value();
        break;
    case WorkloadField::PipelineParallel:
        w.training.pipelineParallel = m_pipeline->value();
        break;
    case WorkloadField::ZeroStage:
        w.training.zeroStage = m_zero->currentData().toInt();
        break;
    case WorkloadField::DatasetSize:
        w.training.datasetBytes = m_dataset->value() * kTerabyte;
        break;
    case WorkloadField::CheckpointInterval:
        w.training.checkpoint.intervalSeconds = m_checkpointInterval->value() * kHour;
        break;
    case WorkloadField::CheckpointRetention:
        w.training.checkpoint.retained = m_retention->value();
        break;
    case WorkloadField::RequestRate:
        w.inference.requestRatePerSecond = m_rate->value();
        break;
    case WorkloadField::InputTokens:
        w.inference.inputTokens = m_input->value();
        break;
    case WorkloadField::OutputTokens:
        w.inference.outputTokens = m_output->value();
        break;
    case WorkloadField::TtftTarget:
        w.inference.ttftTargetSeconds = m_ttft->value() * kMillisecond;
        break;
    case WorkloadField::TpotTarget:
        w.inference.tpotTargetSeconds = m_tpot->value() * kMillisecond;
        break;
    case WorkloadField::Redundancy:
        w.inference.nPlusOne = m_nPlusOne->isChecked();
        break;
    case WorkloadField::GlobalBatch:
    case WorkloadField::CheckpointStall:
    case WorkloadField::Count:
        break; // not in the form: their defaults come from the literature
    }
    return w;
}

void WorkloadForm::commit(WorkloadField field)
{
    if (m_loading || !m_workloads->workload(m_id))
        return;
    const WorkloadEditOutcome outcome =
        WorkloadEditor(m_workloads, m_hall, m_stack).editWorkload(withField(field));
    switch (outcome.status) {
    case WorkloadEditOutcome::Status::Applied:
        // The document announced the change and load() showed it, errors cleared.
        emit statusMessage(QString());
        break;
    case WorkloadEditOutcome::Status::Unchanged:
        break;
    case WorkloadEditOutcome::Status::Refused:
        // The refused value stays in its field with the reason under it.
        showErrors(outcome.errors.isEmpty()
                       ? QList<FieldError> {FieldError {field, outcome.message}}
                       : outcome.errors);
        emit statusMessage(outcome.message);
        break;
    }
}
