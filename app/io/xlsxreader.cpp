#include "xlsxreader.h"
#include "xlsxnumberformat.h"
#include "xlsxpackage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace {

constexpr int maxRows = 1'048'576; // Excel's own limits
constexpr int maxColumns = 16'384;

struct WorkbookSheet
{
    QString name;
    QString part; // empty when the workbook's relationships do not say where it is
};

// The parts of a workbook that reading a sheet needs, found through its relationships.
struct Workbook
{
    QList<WorkbookSheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
};

bool isRelationship(const XlsxPackage::Relationship &r, QLatin1String kind)
{
    return r.type.endsWith(QLatin1Char('/') + kind);
}

// r:id, whatever prefix the file gives the relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// Excel escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). A
// line break comes out as LF, as from a CSV file, though Excel may have stored CR LF.
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool ok = false;
        const ushort code = i + 7 <= text.size() && text.mid(i, 2) == QLatin1String("_x") &&
                                    text.at(i + 6) == QLatin1Char('_')
                                ? text.mid(i + 2, 4).toUShort(&ok, 16)
                                : 0;
        if (ok) {
            out += QChar(code);
            i += 6;
        } else {
            out += text.at(i);
        }
    }
    return out.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

bool isXmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

// A <t> element's text; without xml:space="preserve" its surrounding white space is layout.
QString readT(QXmlStreamReader &xml)
{
    const bool preserve =
        xml.attributes().value(QLatin1String("xml:space")) == QLatin1String("preserve");
    QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
    if (!preserve) {
        qsizetype begin = 0, end = text.size();
        while (begin < end && isXmlSpace(text.at(begin)))
            ++begin;
        while (end > begin && isXmlSpace(text.at(end - 1)))
            --end;
        text = text.mid(begin, end - begin);
    }
    return unescapeOoxml(text);
}

// The text of an <si> or <is> element: its <t>, or the <t> of its rich-text runs joined.
// Phonetic guides (<rPh>, the furigana Japanese Excel keeps) are not part of what it shows.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                text += readT(xml);
            else if (xml.name() == QLatin1String("rPh") ||
                     xml.name() == QLatin1String("phoneticPr"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement && --depth == 0) {
            break;
        }
    }
    return text;
}

// "B12" -> column 1, row 11 (0-based); false for anything outside Excel's grid.
bool parseCellReference(QStringView ref, int *row, int *column)
{
    qsizetype i = 0;
    qint64 c = 0, r = 0;
    for (; i < ref.size() && i < 3 && ref.at(i).isLetter() && ref.at(i).unicode() < 128; ++i)
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
    const qsizetype digits = ref.size() - i;
    if (c == 0 || digits < 1 || digits > 7)
        return false;
    for (; i < ref.size(); ++i) {
        if (!ref.at(i).isDigit() || ref.at(i).unicode() >= 128)
            return false;
        r = r * 10 + (ref.at(i).unicode() - '0');
    }
    if (c > maxColumns || r < 1 || r > maxRows)
        return false;
    *row = int(r - 1);
    *column = int(c - 1);
    return true;
}

// Row 0, column 27 -> "AB1", for messages.
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    return letters + QString::number(row + 1);
}

// The cells of one sheet as a dense grid, within a budget of cells so that a sheet claiming
// cell XFD1048576, or one huge merged range, cannot exhaust memory.
class Grid
{
public:
    bool set(int row, int column, const QString &value)
    {
        const qint64 newRows = std::max<qint64>(0, row + 1 - m_sheet.rows.size());
        const qsizetype width = row < m_sheet.rows.size() ? m_sheet.rows.at(row).size() : 0;
        const qint64 newCells = newRows + std::max<qint64>(0, column + 1 - width);
        if (m_cells + newCells > XlsxReader::MaxCells)
            return false;
        m_cells += newCells;
        while (m_sheet.rows.size() <= row)
            m_sheet.rows.append(QStringList());
        QStringList &cells = m_sheet.rows[row];
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] = value;
        return true;
    }
    bool fill(int top, int left, int bottom, int right)
    {
        const QString value = m_sheet.cell(top, left);
        if (value.isEmpty())
            return true;
        if (qint64(bottom - top + 1) * (right - left + 1) > XlsxReader::MaxCells - m_cells)
            return false;
        for (int r = top; r <= bottom; ++r) {
            for (int c = left; c <= right; ++c) {
                if (!set(r, c, value))
                    return false;
            }
        }
        return true;
    }
    Sheet take() { return std::move(m_sheet); }

private:
    Sheet m_sheet;
    qint64 m_cells = 0;
};

struct MergedRange
{
    int top, left, bottom, right;
};

// Reads one worksheet part (and the workbook parts it refers to) into a Sheet.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    SheetReader(XlsxPackage &package, const Workbook &workbook, QString *error)
        : m_package(package), m_workbook(workbook), m_error(error)
    {
    }
    bool readStyles();
    bool readSharedStrings();
    std::optional<Sheet> readSheet(const WorkbookSheet &sheet);

private:
    void readSheetData(QXmlStreamReader &xml);
    void readRow(QXmlStreamReader &xml, int *row);
    void readCell(QXmlStreamReader &xml, int row, int *column);
    QString cellText(QXmlStreamReader &xml, int row, int column);
    void readMergeCell(QXmlStreamReader &xml);

    XlsxPackage &m_package;
    const Workbook &m_workbook;
    QString *m_error;
    QList<XlsxNumberFormat> m_cellFormats; // by the cells' style index
    QStringList m_sharedStrings;
    Grid m_grid;
    QList<MergedRange> m_merges;
};

bool SheetReader::readStyles()
{
    if (m_workbook.stylesPart.isEmpty())
        return true;
    QHash<int, XlsxNumberFormat> custom;
    return m_package.readXml(
        m_workbook.stylesPart,
        [&](QXmlStreamReader &xml) {
            bool inCellXfs = false;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = false;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                const QXmlStreamAttributes a = xml.attributes();
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (xml.name() == QLatin1String("numFmt"))
                    custom.insert(id, XlsxNumberFormat::fromCode(
                                          a.value(QLatin1String("formatCode")).toString()));
                else if (xml.name() == QLatin1String("xf") && inCellXfs)
                    m_cellFormats << custom.value(id, XlsxNumberFormat::builtIn(id));
            }
        },
        m_error);
}

bool SheetReader::readSharedStrings()
{
    if (m_workbook.sharedStringsPart.isEmpty())
        return true;
    return m_package.readXml(
        m_workbook.sharedStringsPart,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement &&
                    xml.name() == QLatin1String("si"))
                    m_sharedStrings << readRichText(xml);
                if (m_sharedStrings.size() > XlsxReader::MaxCells)
                    xml.raiseError(tr("more than %1 strings.").arg(XlsxReader::MaxCells));
            }
        },
        m_error);
}

std::optional<Sheet> SheetReader::readSheet(const WorkbookSheet &sheet)
{
    if (!m_package.readXml(
            sheet.part, [this](QXmlStreamReader &xml) { readSheetData(xml); }, m_error))
        return std::nullopt;
    Sheet result = m_grid.take();
    result.name = sheet.name;
    return result;
}

void SheetReader::readSheetData(QXmlStreamReader &xml)
{
    int row = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row"))
            readRow(xml, &row);
        else if (xml.name() == QLatin1String("mergeCell"))
            readMergeCell(xml);
    }
    // Merged ranges come after the cells; filled only once all values are known.
    for (const MergedRange &m : std::as_const(m_merges)) {
        if (!xml.hasError() && !m_grid.fill(m.top, m.left, m.bottom, m.right))
            xml.raiseError(tr("the sheet has more than %1 cells.").arg(XlsxReader::MaxCells));
    }
}

// A row's r, like a cell's, may be left out: then it follows the one before.
void SheetReader::readRow(QXmlStreamReader &xml, int *row)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView r = attributes.value(QLatin1String("r"));
    if (r.isEmpty()) {
        ++*row;
    } else {
        bool ok = false;
        *row = r.toInt(&ok) - 1;
        if (!ok || *row < 0 || *row >= maxRows)
            return xml.raiseError(tr("the row number \"%1\" is not valid.").arg(r));
    }
    if (*row >= maxRows)
        return xml.raiseError(tr("more than %1 rows.").arg(maxRows));
    int column = -1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row"))
            return;
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("c"))
            readCell(xml, *row, &column);
        else if (token == QXmlStreamReader::StartElement)
            xml.skipCurrentElement();
    }
}

void SheetReader::readCell(QXmlStreamReader &xml, int row, int *column)
{
    const QString reference = xml.attributes().value(QLatin1String("r")).toString();
    int cellRow = row;
    if (reference.isEmpty())
        ++*column;
    else if (!parseCellReference(reference, &cellRow, column))
        return xml.raiseError(tr("the cell reference \"%1\" is not valid.").arg(reference));
    if (*column >= maxColumns)
        return xml.raiseError(tr("more than %1 columns.").arg(maxColumns));
    const QString text = cellText(xml, cellRow, *column);
    if (!text.isEmpty() && !xml.hasError() && !m_grid.set(cellRow, *column, text))
        xml.raiseError(tr("the sheet has more than %1 cells.").arg(XlsxReader::MaxCells));
}

// The cell's value as shown; reads up to the cell's end tag.
QString SheetReader::cellText(QXmlStreamReader &xml, int row, int column)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    QString value, inlineText;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("v"))
            value = xml.readElementText(QXmlStreamReader::SkipChildElements);
        else if (xml.name() == QLatin1String("is"))
            inlineText = readRichText(xml);
        else
            xml.skipCurrentElement(); // a formula, or an extension
    }
    if (type == QLatin1String("inlineStr"))
        return inlineText;
    if (value.isEmpty())
        return {};
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            xml.raiseError(tr("the cell %1 refers to a shared string that does not exist.")
                               .arg(cellName(row, column)));
            return {};
        }
        return m_sharedStrings.at(index);
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                     : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d"))
        return unescapeOoxml(value);
    return m_cellFormats.value(style).display(value, m_workbook.date1904);
}

void SheetReader::readMergeCell(QXmlStreamReader &xml)
{
    const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
    const QStringList corners = ref.split(QLatin1Char(':'));
    MergedRange m{};
    if (corners.size() > 2 || !parseCellReference(corners.at(0), &m.top, &m.left) ||
        !parseCellReference(corners.value(1, corners.at(0)), &m.bottom, &m.right))
        return xml.raiseError(tr("the merged range \"%1\" is not valid.").arg(ref));
    if (m.bottom < m.top)
        std::swap(m.top, m.bottom);
    if (m.right < m.left)
        std::swap(m.left, m.right);
    m_merges << m;
}

// Opens the package and finds its workbook; every reader starts here.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    WorkbookReader(QIODevice *device, const QString &sourceName)
        : m_package(device, sourceName, XlsxReader::MaxPartSize), m_sourceName(sourceName)
    {
    }
    bool open(QString *error);
    XlsxPackage &package() { return m_package; }
    const Workbook &workbook() const { return m_workbook; }

private:
    bool readWorkbookPart(const QString &part, QString *error);

    XlsxPackage m_package;
    QString m_sourceName;
    Workbook m_workbook;
};

bool WorkbookReader::open(QString *error)
{
    if (!m_package.open(error))
        return false;
    const auto rootRelationships = m_package.relationships(QString(), error);
    if (!rootRelationships)
        return false;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const XlsxPackage::Relationship &r : *rootRelationships) {
        if (isRelationship(r, QLatin1String("officeDocument")))
            workbookPart = r.target;
    }
    if (!m_package.contains(workbookPart)) {
        *error = tr("%1: not an Excel workbook (%2 is missing).").arg(m_sourceName, workbookPart);
        return false;
    }
    if (!readWorkbookPart(workbookPart, error))
        return false;
    if (m_workbook.sheets.isEmpty()) {
        *error = tr("%1: the workbook has no sheets.").arg(m_sourceName);
        return false;
    }
    return true;
}

bool WorkbookReader::readWorkbookPart(const QString &part, QString *error)
{
    const auto relationships = m_package.relationships(part, error);
    if (!relationships)
        return false;
    for (const XlsxPackage::Relationship &r : *relationships) {
        if (isRelationship(r, QLatin1String("sharedStrings")) && m_package.contains(r.target))
            m_workbook.sharedStringsPart = r.target;
        else if (isRelationship(r, QLatin1String("styles")) && m_package.contains(r.target))
            m_workbook.stylesPart = r.target;
    }
    return m_package.readXml(
        part,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                const QXmlStreamAttributes a = xml.attributes();
                if (xml.name() == QLatin1String("workbookPr")) {
                    const QStringView date1904 = a.value(QLatin1String("date1904"));
                    m_workbook.date1904 =
                        date1904 == QLatin1String("1") || date1904 == QLatin1String("true");
                } else if (xml.name() == QLatin1String("sheet")) {
                    const auto target = relationships->constFind(relationshipId(a));
                    m_workbook.sheets << WorkbookSheet{
                        a.value(QLatin1String("name")).toString(),
                        target == relationships->cend() ? QString() : target->target};
                }
            }
        },
        error);
}

QStringList sheetNamesFrom(QIODevice *device, const QString &sourceName, QString *error)
{
    WorkbookReader reader(device, sourceName);
    if (!reader.open(error))
        return {};
    QStringList names;
    for (const WorkbookSheet &sheet : reader.workbook().sheets)
        names << sheet.name;
    return names;
}

std::optional<Sheet> readSheetFrom(QIODevice *device, const QString &sourceName, int sheetIndex,
                                   QString *error, const ProgressCallback &progress)
{
    WorkbookReader reader(device, sourceName);
    if (!reader.open(error))
        return std::nullopt;
    const Workbook &workbook = reader.workbook();
    if (sheetIndex < 0 || sheetIndex >= workbook.sheets.size()) {
        *error = XlsxReader::tr("%1: there is no sheet %2 (the workbook has %n sheet(s)).", nullptr,
                                int(workbook.sheets.size()))
                     .arg(sourceName)
                     .arg(sheetIndex + 1);
        return std::nullopt;
    }
    const WorkbookSheet &sheet = workbook.sheets.at(sheetIndex);
    if (sheet.part.isEmpty() || !reader.package().contains(sheet.part)) {
        *error = XlsxReader::tr("%1: the sheet \"%2\" is missing from the file.")
                     .arg(sourceName, sheet.name);
        return std::nullopt;
    }
    XlsxPackage &package = reader.package();
    package.setProgress(progress, package.unpackedSize(workbook.stylesPart) +
                                      package.unpackedSize(workbook.sharedStringsPart) +
                                      package.unpackedSize(sheet.part));
    SheetReader sheetReader(package, workbook, error);
    if (!sheetReader.readStyles() || !sheetReader.readSharedStrings())
        return std::nullopt;
    return sheetReader.readSheet(sheet);
}

QString openFailure(const QString &path, const QFile &file)
{
    return XlsxReader::tr("%1: cannot be read (%2).").arg(path, file.errorString());
}

} // namespace

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = openFailure(path, file);
        return {};
    }
    return sheetNamesFrom(&file, QFileInfo(path).fileName(), error);
}

QStringList XlsxReader::sheetNames(const QByteArray &bytes, const QString &sourceName,
                                   QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return sheetNamesFrom(&buffer, sourceName, error);
}

std::optional<Sheet> XlsxReader::readSheet(const QString &path, int sheetIndex, QString *error,
                                           const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = openFailure(path, file);
        return std::nullopt;
    }
    return readSheetFrom(&file, QFileInfo(path).fileName(), sheetIndex, error, progress);
}

std::optional<Sheet> XlsxReader::readSheet(const QByteArray &bytes, const QString &sourceName,
                                           int sheetIndex, QString *error,
                                           const ProgressCallback &progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readSheetFrom(&buffer, sourceName, sheetIndex, error, progress);
}
