#include "profile/ProfilePage.h"

#include "i18n/Translations.h"
#include "theme/Appearance.h"
#include "validation/LocaleRules.h"
#include "validation/NameRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ProfilePage::ProfilePage(client::ProfileModel& model, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_prompter(prompter)
{
    setObjectName(u"profilePage"_s);

    m_displayName = new QLineEdit;
    m_displayName->setObjectName(u"profileDisplayName"_s);
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setToolTip(tr("How other members see you in every workspace"));
    m_email = new QLineEdit;
    m_email->setObjectName(u"profileEmail"_s);
    m_email->setAccessibleName(tr("Email"));
    m_email->setReadOnly(true);
    m_email->setToolTip(tr("The address you sign in with. It cannot be changed here."));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(u"profileTimeZone"_s);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("Times in Nacre are shown in this zone"));
    m_language = new QComboBox;
    m_language->setObjectName(u"profileLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of Nacre's windows, on every computer you sign in from"));
    for (const Translations::Language& language : Translations::available())
        m_language->addItem(language.name, language.locale);
    m_nameMessage = new FieldMessage;
    m_timeZoneMessage = new FieldMessage;

    m_appearance = new QComboBox;
    m_appearance->setObjectName(u"appearance"_s);
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->setToolTip(tr("Light or dark windows on this computer; takes effect at once"));
    for (const Appearance::Choice& choice : Appearance::choices())
        m_appearance->addItem(choice.name, choice.id);
    auto* computer = new QGroupBox(tr("This computer"));
    auto* computerForm = new QFormLayout(computer);
    computerForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    computerForm->addRow(PageParts::caption(tr("&Appearance:"), m_appearance), m_appearance);

    auto* account = new QGroupBox(tr("Account"));
    auto* form = new QFormLayout(account);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(
        PageParts::caption(tr("&Display name:"), m_displayName), PageParts::withMessage(m_displayName, m_nameMessage));
    form->addRow(PageParts::caption(tr("&Email:"), m_email), m_email);
    form->addRow(PageParts::caption(tr("&Language:"), m_language), m_language);
    form->addRow(
        PageParts::caption(tr("&Time zone:"), m_timeZone), PageParts::withMessage(m_timeZone, m_timeZoneMessage));

    m_error = new FieldMessage;
    m_error->setObjectName(u"profileError"_s);
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(u"revertProfile"_s);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"saveProfile"_s);
    m_save->setDefault(true);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(PageParts::title(tr("Profile")));
    layout->addWidget(PageParts::hint(tr("Your account. It is the same in every workspace you belong to.")));
    layout->addWidget(account);
    layout->addLayout(PageParts::actionRow(m_error, {m_revert, m_save}));
    layout->addWidget(computer);
    layout->addStretch();
    PageParts::installScrollable(this, content);

    connect(m_displayName, &QLineEdit::textChanged, this, &ProfilePage::updateState);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ProfilePage::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ProfilePage::updateState);
    connect(m_appearance, &QComboBox::activated, this,
        [this] { Q_EMIT appearanceChosen(m_appearance->currentData().toString()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { show(m_model.profile()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_error->clearMessage();
        m_model.save(NameRules::displayName(m_displayName->text()).valueOr(m_displayName->text()),
            m_language->currentData().toString(), m_timeZone->currentText().trimmed());
    });
    connect(&m_model, &client::ProfileModel::loaded, this, &ProfilePage::show);
    connect(&m_model, &client::ProfileModel::savedChanges, this, [this](const UserProfile& profile) {
        show(profile);
        Q_EMIT statusMessage(tr("Profile saved."));
        Q_EMIT profileSaved(profile);
    });
    connect(&m_model, &client::ProfileModel::conflict, this, [this] {
        m_prompter.tell(this, QMessageBox::Information, tr("Profile Changed Elsewhere"),
            tr("Your profile was changed from another session. The current version is shown; "
               "apply your change again if you still want it."));
        m_model.load();
    });
    connect(&m_model, &client::ProfileModel::failed, this, [this](const client::ApiError& error) {
        m_nameMessage->showError(error.fieldMessage(u"displayName"_s));
        m_timeZoneMessage->showError(error.fieldMessage(u"timeZone"_s));
        if (error.fieldErrors.isEmpty())
            m_error->showError(tr("Could not save: %1").arg(error.message()));
        else if (!m_nameMessage->isHidden())
            m_displayName->setFocus(Qt::OtherFocusReason);
        else if (!m_timeZoneMessage->isHidden())
            m_timeZone->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_model, &client::ProfileModel::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        m_save->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
        updateState();
    });
    showEmailAsFixed();
    updateState();
}

void ProfilePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showEmailAsFixed();
}

void ProfilePage::showEmailAsFixed()
{
    // The read-only address looks as fixed as it is: the window's colour, in light and dark alike.
    QPalette readOnly = palette();
    readOnly.setColor(QPalette::Base, readOnly.color(QPalette::Window));
    m_email->setPalette(readOnly);
}

void ProfilePage::setAppearance(const QString& id)
{
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(id)));
}

void ProfilePage::show(const UserProfile& profile)
{
    m_displayName->setText(profile.displayName);
    m_email->setText(profile.email);
    m_timeZone->setCurrentText(profile.timeZone);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::bestMatch(profile.locale))));
    m_nameMessage->clearMessage();
    m_timeZoneMessage->clearMessage();
    updateState();
}

void ProfilePage::updateState()
{
    // Nothing to edit until the saved profile is here, so an early change cannot be overwritten.
    for (QWidget* field :
        {static_cast<QWidget*>(m_displayName), static_cast<QWidget*>(m_language), static_cast<QWidget*>(m_timeZone)})
        field->setEnabled(m_model.isLoaded());
    const auto name = NameRules::displayName(m_displayName->text());
    const auto zone = LocaleRules::timeZone(m_timeZone->currentText());
    m_nameMessage->showError(name.isOk() ? QString() : name.error().message);
    m_timeZoneMessage->showError(zone.isOk() ? QString() : zone.error().message);
    const UserProfile& saved = m_model.profile();
    const bool changed = m_model.isLoaded()
        && (name.valueOr(m_displayName->text()) != saved.displayName
            || m_timeZone->currentText().trimmed() != saved.timeZone
            || m_language->currentData().toString() != Translations::bestMatch(saved.locale));
    const bool ready = changed && name.isOk() && zone.isOk() && !m_busy;
    if (!ready) {
        PageParts::handFocus(m_save, m_displayName);
        PageParts::handFocus(m_revert, m_displayName);
    }
    m_save->setEnabled(ready);
    m_revert->setEnabled(changed && !m_busy);
}

} // namespace nacre::ui
