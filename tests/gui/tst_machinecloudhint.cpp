#include "MachineCloudHint.h"

#include <QTest>

// The desktop app's registry value read as a cloud; no hint outside Windows.
class TestMachineCloudHint final : public QObject
{
    Q_OBJECT

private slots:
    void fromRegistryValue_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("hasCloud");
        QTest::addColumn<Cloud>("cloud");
        QTest::addRow("0 lets the user choose") << 0 << false << Cloud::Public;
        QTest::addRow("1 first available region") << 1 << false << Cloud::Public;
        QTest::addRow("2 public") << 2 << true << Cloud::Public;
        QTest::addRow("3 gcc") << 3 << true << Cloud::Gcc;
        QTest::addRow("4 gcc high") << 4 << true << Cloud::GccHigh;
        QTest::addRow("5 dod") << 5 << true << Cloud::Dod;
        QTest::addRow("6 china") << 6 << true << Cloud::China;
        QTest::addRow("7 unknown") << 7 << false << Cloud::Public;
        QTest::addRow("negative") << -1 << false << Cloud::Public;
    }

    void fromRegistryValue()
    {
        QFETCH(int, value);
        QFETCH(bool, hasCloud);
        QFETCH(Cloud, cloud);
        const auto result = MachineCloudHint::fromRegistryValue(value);
        QCOMPARE(result.has_value(), hasCloud);
        if (hasCloud)
            QCOMPARE(*result, cloud);
    }

    void readGivesNothingOutsideWindows()
    {
#ifdef Q_OS_WIN
        QSKIP("Depends on this machine's registry");
#else
        QVERIFY(!MachineCloudHint::read().has_value());
#endif
    }
};

QTEST_GUILESS_MAIN(TestMachineCloudHint)
#include "tst_machinecloudhint.moc"
