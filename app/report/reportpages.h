#pragma once

#include <functional>

class QPainter;

// One layout's pages (the table's, the summary's): laid out once for a device and page size,
// then painted page by page, in any order, as often as a preview asks.
class ReportPages
{
public:
    virtual ~ReportPages() = default;

    // How many steps layout() reports, for a progress bar.
    virtual int layoutSteps() const = 0;
    // Lays out every page; step(done) returning false cancels, and layout() returns false.
    virtual bool layout(const std::function<bool(int done)> &step) = 0;
    virtual int pageCount() const = 0;
    virtual void paintPage(QPainter *painter, int page) const = 0;
};
