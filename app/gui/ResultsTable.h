#pragma once

class QTreeView;

// Sets up a view of the ResultsModel the same way on the Run and Report pages: fixed-width columns sized
// from the text they will hold (no resize-to-contents, which re-measures every row on every new result).
class ResultsTable final
{
public:
    static void configure(QTreeView* view);
};
