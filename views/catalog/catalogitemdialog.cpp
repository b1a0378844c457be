#include "views/catalog/catalogitemdialog.h"

#include "model/catalog/catalogdatabase.h"
#include "model/catalog/catalogedits.h"
#include "model/catalog/catalogfieldparser.h"
#include "model/catalog/catalogfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace {
bool isMultiline(const CatalogField &field)
{
    static const QStringList keys {QStringLiteral("interfaces"), QStringLiteral("configuration"),
                                   QStringLiteral("source"), QStringLiteral("notes"),
                                   QStringLiteral("electrical")};
    return keys.contains(field.key);
}
} // namespace

double CatalogItemDialog::displayScale(int unit)
{
    switch (static_cast<CatalogUnit>(unit)) {
    case CatalogUnit::Bytes:
    case CatalogUnit::BytesPerSecond:
    case CatalogUnit::BitsPerSecond:
        return 1e9;
    case CatalogUnit::FlopsPerSecond:
        return 1e12;
    default:
        return 1.0;
    }
}

CatalogItemDialog::CatalogItemDialog(CatalogDatabase *db, QUndoStack *undoStack, Mode mode,
                                     const CatalogItem &item, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_mode(mode)
    , m_original(item)
{
    setObjectName(QStringLiteral("catalogItemDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add catalog item")
                                     : tr("Edit %1").arg(item.displayName()));
    auto *layout = new QVBoxLayout(this);

    auto *kindRow = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (int i = 0; i < static_cast<int>(ItemKind::Count); ++i)
        m_kind->addItem(CatalogItem::kindDisplayName(static_cast<ItemKind>(i)), i);
    m_kind->setCurrentIndex(static_cast<int>(item.kind));
    // A new item can be of any kind; an existing item changes kind only through an import,
    // where its specs are checked field by field against the new kind.
    m_kind->setEnabled(mode == Mode::Add);
    kindRow->addRow(CatalogFields::label(*CatalogFields::find(QStringLiteral("kind"))), m_kind);
    layout->addLayout(kindRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_formHost = new QWidget(scroll);
    scroll->setWidget(m_formHost);
    layout->addWidget(scroll, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
    m_summary->hide();
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogItemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Keep what the user typed in fields the new kind shares with the old.
        m_original = itemFromForm();
        m_original.kind = static_cast<ItemKind>(m_kind->itemData(index).toInt());
        buildForm(m_original.kind);
    });

    buildForm(item.kind);
    resize(560, 680);
}

void CatalogItemDialog::buildForm(ItemKind kind)
{
    delete m_form;
    qDeleteAll(m_formHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_editors.clear();
    m_errorLabels.clear();
    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    for (const CatalogField &field : CatalogFields::all()) {
        if (field.key == QLatin1String("kind") || !field.appliesTo(kind))
            continue;
        QWidget *editor = nullptr;
        const QString text = CatalogFields::toText(field, m_original);
        if (field.type == CatalogFieldType::Boolean) {
            auto *box = new QCheckBox(m_formHost);
            box->setChecked(m_original.priceIsEstimate);
            editor = box;
        } else if (field.type == CatalogFieldType::Confidence) {
            auto *combo = new QComboBox(m_formHost);
            for (Confidence c : {Confidence::High, Confidence::Medium, Confidence::Low})
                combo->addItem(CatalogItem::confidenceDisplayName(c),
                               CatalogItem::confidenceKey(c));
            combo->setCurrentIndex(combo->findData(text));
            editor = combo;
        } else if (isMultiline(field)) {
            auto *edit = new QPlainTextEdit(text, m_formHost);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            editor = edit;
        } else {
            auto *edit = new QLineEdit(m_formHost);
            if (field.isNumeric() && !text.isEmpty()) {
                const double shown =
                    field.get(m_original).toDouble() / displayScale(int(field.unit));
                edit->setText(QLocale().toString(shown, 'g', 15));
            } else {
                edit->setText(text);
            }
            if (field.type == CatalogFieldType::Id)
                edit->setReadOnly(m_mode == Mode::Edit);
            if (field.type == CatalogFieldType::IdList)
                edit->setPlaceholderText(tr("ids separated by ';'"));
            if (field.type == CatalogFieldType::Date)
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("field_") + field.key);
        QString label = CatalogFields::label(field);
        // The unit the number is typed in, after the label: "Memory (GB)".
        static const QHash<int, const char *> units {{int(CatalogUnit::Bytes), "GB"},
                                                     {int(CatalogUnit::BytesPerSecond), "GB/s"},
                                                     {int(CatalogUnit::BitsPerSecond), "Gb/s"},
                                                     {int(CatalogUnit::FlopsPerSecond), "TFLOP/s"},
                                                     {int(CatalogUnit::Watts), "W"},
                                                     {int(CatalogUnit::Kilograms), "kg"},
                                                     {int(CatalogUnit::Millimetres), "mm"},
                                                     {int(CatalogUnit::RackUnits), "U"}};
        if (const char *unit = units.value(int(field.unit)))
            label = tr("%1 (%2)").arg(label, QLatin1String(unit));
        if (field.required)
            label = tr("%1 *").arg(label);
        auto *error = new QLabel(m_formHost);
        error->setObjectName(QStringLiteral("error_") + field.key);
        error->setStyleSheet(QStringLiteral("color: #b00020"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QWidget(m_formHost);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        editor->setParent(cell);
        error->setParent(cell);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        m_form->addRow(label, cell);
        m_editors.insert(field.key, editor);
        m_errorLabels.insert(field.key, error);
    }
}

QString CatalogItemDialog::textOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        return plain->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

CatalogItem CatalogItemDialog::itemFromForm(QHash<QString, QString> *errors) const
{
    // The form becomes one row of cells, read like a file row: the same parsing and the
    // same price-and-currency pairing as an import.
    QHash<QString, QString> cells;
    cells.insert(QStringLiteral("kind"),
                 CatalogItem::kindKey(static_cast<ItemKind>(m_kind->currentData().toInt())));
    QHash<QString, QString> local;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const CatalogField *field = CatalogFields::find(it.key());
        QString text = textOf(it.key()).trimmed();
        if (field->isNumeric() && !text.isEmpty()) {
            bool ok = false;
            const double shown = QLocale().toDouble(text, &ok);
            if (!ok) {
                // Spec sheets and other locales write "3.35"; accept that too.
                bool cOk = false;
                const double c = text.toDouble(&cOk);
                if (!cOk) {
                    local.insert(it.key(),
                                 CatalogFieldParser::tr("'%1' is not a number").arg(text));
                    continue;
                }
                text = QString::number(c * displayScale(int(field->unit)), 'g', 17);
            } else {
                text = QString::number(shown * displayScale(int(field->unit)), 'g', 17);
            }
            // Whole numbers stay whole (18.0 GB -> 18000000000, not 1.8e10 + noise).
            const double value = text.toDouble();
            if (std::fabs(value - std::round(value)) < 1e-6 * std::max(1.0, std::fabs(value)))
                text = QString::number(std::round(value), 'f', 0);
        }
        if (field->type == CatalogFieldType::Boolean
            && !m_editors.contains(QStringLiteral("price")))
            continue;
        cells.insert(it.key(), text);
    }
    if (cells.value(QStringLiteral("price")).isEmpty())
        cells.remove(QStringLiteral("price_is_estimate"));
    CatalogItem item;
    const QList<CatalogFieldError> parseErrors = CatalogFieldParser::fromCells(cells, &item);
    for (const CatalogFieldError &error : parseErrors)
        local.insert(error.key, error.message);
    if (errors)
        *errors = local;
    return item;
}

QString CatalogItemDialog::errorText(const QString &key) const
{
    const QLabel *label = m_errorLabels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void CatalogItemDialog::showErrors(const QHash<QString, QString> &errors)
{
    QStringList elsewhere;
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (!m_errorLabels.contains(it.key()))
            elsewhere.append(it.value());
    }
    m_summary->setText(
        errors.isEmpty()
            ? QString()
            : tr("%n field(s) need attention.", nullptr, static_cast<int>(errors.size()))
                + (elsewhere.isEmpty() ? QString()
                                       : QLatin1Char(' ') + elsewhere.join(QLatin1Char(' '))));
    m_summary->setVisible(!errors.isEmpty());
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        if (!it.value()->isHidden()) {
            m_editors.value(it.key())->setFocus();
            break;
        }
    }
}

void CatalogItemDialog::accept()
{
    QHash<QString, QString> errors;
    const CatalogItem item = itemFromForm(&errors);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    CatalogEdit edit =
        m_mode == Mode::Add ? CatalogEdits::add(m_db, item) : CatalogEdits::edit(m_db, item);
    if (!edit.isValid()) {
        for (const CatalogFieldError &error : edit.errors)
            errors.insert(error.key, error.message);
        showErrors(errors);
        return;
    }
    if (edit.command)
        m_undoStack->push(edit.command.release());
    QDialog::accept();
}
