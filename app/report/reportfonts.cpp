#include "reportfonts.h"

#include "searchablefont.h"

#include <QFontDatabase>
#include <QRawFont>

namespace ReportFonts {

namespace {

const QString kSearchableFamily = QStringLiteral("PledgeTracker Report Gothic");

QString chooseJapaneseFamily()
{
    // Gothic (sans) faces first, as city halls print their tables; then mincho as a last
    // resort, which still beats boxes.
    static const char *const kPreferred[] = {"Noto Sans CJK JP", "Source Han Sans JP",
                                             "Noto Sans JP",     "Source Han Sans",
                                             "IPAexGothic",      "IPAGothic",
                                             "Yu Gothic",        "Meiryo",
                                             "Hiragino Sans",    "Hiragino Kaku Gothic ProN",
                                             "TakaoGothic",      "VL Gothic",
                                             "MS Gothic",        "Noto Serif CJK JP",
                                             "IPAexMincho",      "Droid Sans Fallback"};
    const QStringList installed = QFontDatabase::families();
    for (const char *name : kPreferred) {
        const QString family = QString::fromUtf8(name);
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    for (const QString &family : installed) {
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese))
            return family;
    }
    return {};
}

// Registers the searchable copy of one weight; false when it cannot be made or does not draw
// the same glyphs as the original.
bool registerSearchable(const QString &family, bool bold)
{
    QFont original(family);
    original.setBold(bold);
    const QRawFont raw = QRawFont::fromFont(original);
    const QByteArray data = SearchableFont::build(
        raw, kSearchableFamily, bold ? QStringLiteral("Bold") : QStringLiteral("Regular"));
    if (data.isEmpty())
        return false;
    const int id = QFontDatabase::addApplicationFontFromData(data);
    if (id < 0)
        return false;
    QFont copy(kSearchableFamily);
    copy.setBold(bold);
    const QRawFont check = QRawFont::fromFont(copy);
    const QString probe = QStringLiteral("市長公約あア");
    if (check.familyName() != kSearchableFamily ||
        check.glyphIndexesForString(probe) != raw.glyphIndexesForString(probe)) {
        QFontDatabase::removeApplicationFont(id);
        return false;
    }
    return true;
}

struct Fonts
{
    QString japanese;
    bool searchable = false;
};

const Fonts &fonts()
{
    static const Fonts instance = [] {
        Fonts f;
        f.japanese = chooseJapaneseFamily();
        if (!f.japanese.isEmpty())
            f.searchable =
                registerSearchable(f.japanese, false) && registerSearchable(f.japanese, true);
        return f;
    }();
    return instance;
}

} // namespace

QStringList families()
{
    QStringList result;
    if (fonts().searchable)
        result << kSearchableFamily;
    if (!fonts().japanese.isEmpty())
        result << fonts().japanese;
    return result;
}

QString japaneseFamily()
{
    return fonts().japanese;
}

bool searchable()
{
    return fonts().searchable;
}

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    const QStringList names = families();
    if (!names.isEmpty())
        f.setFamilies(names);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace ReportFonts
