#include "planimport.h"
#include "irumatableimport.h"
#include "planjson.h"
#include "sheetfile.h"
#include "sheetimport.h"
#include "textdecoding.h"

#include <QFile>
#include <QFileInfo>

namespace {

constexpr qint64 kMaxFileSize = 200 * 1024 * 1024;

bool readBytes(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PlanImport::tr("%1: cannot be read (%2).").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileSize) {
        *error =
            PlanImport::tr("%1: is larger than 200 MB; split it and import the parts.").arg(path);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// How many problems an error message lists before "and n more".
constexpr int kProblemsShown = 10;

} // namespace

PlanImport::Format PlanImport::formatFromName(const QString &name, bool *known)
{
    const QHash<QString, Format> formats{{QStringLiteral("iruma"), Format::Iruma},
                                         {QStringLiteral("csv"), Format::Csv},
                                         {QStringLiteral("tsv"), Format::Csv},
                                         {QStringLiteral("xlsx"), Format::Xlsx},
                                         {QStringLiteral("json"), Format::Json}};
    *known = formats.contains(name.toLower());
    return formats.value(name.toLower(), Format::Auto);
}

ColumnMapping PlanImport::guessMapping(const Sheet &sheet, const Plan &target)
{
    ColumnMapping mapping = ColumnMapping::guess(sheet, ColumnMapping::guessHeaderRow(sheet));
    const QStringList words = SheetImport::statusTexts(sheet, mapping);
    const bool newPlan = target.periodScale.levels.isEmpty();
    if (newPlan) {
        mapping.createPeriods = true;
        // The first preset on which every status of the sheet is a level.
        for (StatusScale::Preset preset : StatusScale::presets()) {
            mapping.scalePreset = preset;
            const StatusScale scale = SheetImport::scaleFor(target, mapping);
            const bool fits = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return SheetImport::levelFor(w, mapping, scale) != nullptr;
            });
            if (fits)
                break;
        }
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return SheetImport::levelFor(w, mapping, SheetImport::scaleFor(target, mapping));
            }))
            mapping.scalePreset = StatusScale::Preset::AtoD;
    }
    const StatusScale scale = SheetImport::scaleFor(target, mapping);
    const QMap<QString, QString> guessed = ColumnMapping::guessStatusWords(words, scale);
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it) {
        if (!mapping.statusWords.contains(it.key()))
            mapping.statusWords.insert(it.key(), it.value());
    }
    return mapping;
}

std::optional<Plan> PlanImport::readSheet(const Sheet &sheet, const ColumnMapping &mapping,
                                          const Plan &target, const QString &sourceName,
                                          QString *error, const ProgressCallback &progress)
{
    SheetImport import(target, mapping);
    import.setProgress(progress);
    SheetImport::Result result = import.run(sheet);
    if (result.plan) {
        if (result.plan->info.title.isEmpty())
            result.plan->info.title = QFileInfo(sourceName).completeBaseName();
        return result.plan;
    }
    if (result.cancelled) {
        *error = tr("%1: the import was cancelled; nothing was imported.").arg(sourceName);
        return std::nullopt;
    }
    QStringList lines;
    for (int i = 0; i < result.problems.size() && i < kProblemsShown; ++i)
        lines << result.problems.at(i).text(sourceName);
    if (result.problems.size() > kProblemsShown)
        lines << tr("… and %n more problem(s).", nullptr,
                    int(result.problems.size() - kProblemsShown));
    if (lines.isEmpty())
        lines << tr("%1: nothing could be imported.").arg(sourceName);
    *error = lines.join(QLatin1Char('\n'));
    return std::nullopt;
}

PlanImport::Format PlanImport::detectFormat(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (SheetFile::detectFormat(path) == SheetFile::Format::Xlsx)
        return Format::Xlsx;
    // The start of the file tells our JSON and Iruma's table from any other sheet.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Format::Csv; // reading it again will say why it cannot be read
    const QByteArray head = file.read(256 * 1024);
    if (PlanJson::recognizes(head))
        return Format::Json;
    if (IrumaTableImport::recognizes(TextDecoding::decode(head).text))
        return Format::Iruma;
    return Format::Csv;
}

std::optional<PlanImport::Result> PlanImport::readFile(const Request &request, const Plan &target,
                                                       QString *error,
                                                       const ProgressCallback &progress)
{
    const QString name = QFileInfo(request.path).fileName();
    const Format format =
        request.format == Format::Auto ? detectFormat(request.path) : request.format;
    Result result;
    // A sheet through the given mapping, or one guessed from its headers.
    auto fromSheet = [&](SheetFile::Format sheetFormat,
                         const QString &encoding) -> std::optional<Result> {
        const int sheetIndex = request.mapping ? request.mapping->sheetIndex : 0;
        const auto sheet = SheetFile::read(request.path, sheetFormat, sheetIndex, encoding, error,
                                           nullptr, progress);
        if (!sheet)
            return std::nullopt;
        const ColumnMapping mapping = request.mapping.value_or(guessMapping(*sheet, target));
        const auto plan = readSheet(*sheet, mapping, target, name, error, progress);
        if (!plan)
            return std::nullopt;
        result.plan = *plan;
        result.format = sheetFormat == SheetFile::Format::Xlsx ? Format::Xlsx : Format::Csv;
        return result;
    };
    if (format == Format::Xlsx)
        return fromSheet(SheetFile::Format::Xlsx, QString());

    QByteArray bytes;
    if (!readBytes(request.path, &bytes, error))
        return std::nullopt;
    if (format == Format::Json) {
        auto contents = PlanJson::read(bytes, name, error);
        if (!contents)
            return std::nullopt;
        result.plan = contents->plan;
        result.history = contents->history;
        result.format = Format::Json;
        return result;
    }
    const QString encoding = request.mapping ? request.mapping->encoding : QString();
    const TextDecoding::DecodedText decoded = TextDecoding::decode(bytes, encoding);
    if (decoded.encoding.isEmpty()) {
        *error =
            tr("%1: the encoding \"%2\" is not one of %3.")
                .arg(name, encoding, TextDecoding::availableEncodings().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (decoded.hasErrors()) {
        *error = tr("%1 line %2: is not valid %3 text; choose another encoding (UTF-8, UTF-16, "
                    "Shift_JIS).")
                     .arg(name)
                     .arg(decoded.firstBadLine)
                     .arg(decoded.encoding);
        return std::nullopt;
    }
    if (format == Format::Iruma) {
        const auto plan = IrumaTableImport::read(decoded.text, name, error);
        if (!plan)
            return std::nullopt;
        result.plan = *plan;
        result.format = Format::Iruma;
        return result;
    }
    return fromSheet(SheetFile::Format::Auto, decoded.encoding);
}

std::optional<PlanImport::Result> PlanImport::readText(const QString &text, const Plan &target,
                                                       QString *error)
{
    const QString name = tr("pasted text");
    Result result;
    if (IrumaTableImport::recognizes(text)) {
        const auto plan = IrumaTableImport::read(text, name, error);
        if (!plan)
            return std::nullopt;
        result.plan = *plan;
        result.format = Format::Iruma;
        return result;
    }
    QString sheetError;
    const auto sheet = SheetFile::readText(text, &sheetError);
    if (!sheet) {
        *error = QStringLiteral("%1: %2").arg(name, sheetError);
        return std::nullopt;
    }
    const auto plan = readSheet(*sheet, guessMapping(*sheet, target), target, name, error);
    if (!plan)
        return std::nullopt;
    result.plan = *plan;
    result.format = Format::Csv;
    return result;
}
