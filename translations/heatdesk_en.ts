<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryExport</name>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="29"/>
        <location filename="../ui/history/HistoryExport.cpp" line="32"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="67"/>
        <location filename="../ui/history/HistoryExport.cpp" line="89"/>
        <source>The chart has no size yet: show it once, then export it</source>
        <translation>The chart has no size yet: show it once, then export it</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="82"/>
        <source>Cannot encode the chart as PNG</source>
        <translation>Cannot encode the chart as PNG</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="103"/>
        <source>Cannot draw the chart as SVG</source>
        <translation>Cannot draw the chart as SVG</translation>
    </message>
</context>
<context>
    <name>heatdesk</name>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Preparing the demo district…</source>
        <translation>Preparing the demo district…</translation>
    </message>
</context>
<context>
    <name>heatdesk::bus::BusEngine</name>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="433"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="434"/>
        <source>not open</source>
        <translation>not open</translation>
    </message>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="436"/>
        <source>no link</source>
        <translation>no link</translation>
    </message>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="444"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
</context>
<context>
    <name>heatdesk::bus::BusStatusInference</name>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="38"/>
        <source>%1 of %2 addresses answered cleanly, %3 silent, %4 garbled (%5 garbage bytes, %6 checksum errors, %7 collisions)</source>
        <translation>%1 of %2 addresses answered cleanly, %3 silent, %4 garbled (%5 garbage bytes, %6 checksum errors, %7 collisions)</translation>
    </message>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="49"/>
        <source>nothing asked yet</source>
        <translation>nothing asked yet</translation>
    </message>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="57"/>
        <source>inferred: %1; no byte came back from the bus</source>
        <translation>inferred: %1; no byte came back from the bus</translation>
    </message>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="68"/>
        <source>inferred: %1</source>
        <translation>inferred: %1</translation>
    </message>
</context>
<context>
    <name>heatdesk::link::DtuLink</name>
    <message>
        <location filename="../core/link/DtuLink.cpp" line="50"/>
        <source>%1: the DTU&apos;s connection ended</source>
        <translation>%1: the DTU&apos;s connection ended</translation>
    </message>
    <message>
        <location filename="../core/link/DtuLink.cpp" line="61"/>
        <source>%1: the DTU has not dialled in</source>
        <translation>%1: the DTU has not dialled in</translation>
    </message>
</context>
<context>
    <name>heatdesk::link::SerialLink</name>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="78"/>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="90"/>
        <source>not supported by this device</source>
        <translation>not supported by this device</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="96"/>
        <source>%1 refused the line settings (%2); pseudo terminals need --parity none</source>
        <translation>%1 refused the line settings (%2); pseudo terminals need --parity none</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="107"/>
        <source>%1 cannot check parity on input (%2)</source>
        <translation>%1 cannot check parity on input (%2)</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="144"/>
        <source>serial port %1 does not exist (%2)</source>
        <translation>serial port %1 does not exist (%2)</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="149"/>
        <source>serial port %1 is busy or access is denied (%2)</source>
        <translation>serial port %1 is busy or access is denied (%2)</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="153"/>
        <location filename="../core/link/SerialLink.cpp" line="167"/>
        <source>serial port %1 went away (%2)</source>
        <translation>serial port %1 went away (%2)</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="157"/>
        <location filename="../core/link/SerialLink.cpp" line="160"/>
        <source>serial port %1: %2</source>
        <translation>serial port %1: %2</translation>
    </message>
</context>
<context>
    <name>heatdesk::link::TcpLink</name>
    <message>
        <location filename="../core/link/TcpLink.cpp" line="121"/>
        <source>%1: the connection was closed by the other side</source>
        <translation>%1: the connection was closed by the other side</translation>
    </message>
    <message>
        <location filename="../core/link/TcpLink.cpp" line="151"/>
        <source>%1: no connection within %2 ms</source>
        <translation>%1: no connection within %2 ms</translation>
    </message>
</context>
<context>
    <name>heatdesk::station::Station</name>
    <message>
        <location filename="../core/station/Station.cpp" line="145"/>
        <source>the DTU port is not listening</source>
        <translation>the DTU port is not listening</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="147"/>
        <source>channel disabled</source>
        <translation>channel disabled</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="176"/>
        <source>channel %1 is not set up</source>
        <translation>channel %1 is not set up</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="259"/>
        <source>dtu_listen: &apos;%1&apos; is not HOST:PORT</source>
        <translation>dtu_listen: &apos;%1&apos; is not HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="287"/>
        <source>DTU port %1: %2</source>
        <translation>DTU port %1: %2</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="314"/>
        <location filename="../core/station/Station.cpp" line="336"/>
        <location filename="../core/station/Station.cpp" line="354"/>
        <location filename="../core/station/Station.cpp" line="490"/>
        <source>unknown bus</source>
        <translation>unknown bus</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="427"/>
        <source>bus %1 is already being read</source>
        <translation>bus %1 is already being read</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="430"/>
        <source>%1 is not connected yet</source>
        <translation>%1 is not connected yet</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="431"/>
        <source>%1 is not connected: %2</source>
        <translation>%1 is not connected: %2</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="359"/>
        <source>bus %1 has no meters to read</source>
        <translation>bus %1 has no meters to read</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="375"/>
        <source>&apos;%1&apos; is not a CJ/T 188 address (14 digits)</source>
        <translation>&apos;%1&apos; is not a CJ/T 188 address (14 digits)</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="397"/>
        <source>none of the chosen meters can be read on bus %1</source>
        <translation>none of the chosen meters can be read on bus %1</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="443"/>
        <source>meter %1 is no CJ/T 188 meter: it has no valve HeatDesk can switch</source>
        <translation>meter %1 is no CJ/T 188 meter: it has no valve HeatDesk can switch</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="455"/>
        <location filename="../core/station/Station.cpp" line="483"/>
        <source>unknown meter</source>
        <translation>unknown meter</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="471"/>
        <source>meter %1 is a CJ/T 188 meter: it has no M-Bus link to reset</source>
        <translation>meter %1 is a CJ/T 188 meter: it has no M-Bus link to reset</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="591"/>
        <source>the CJ/T 188 reply did not decode as current data</source>
        <translation>the CJ/T 188 reply did not decode as current data</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="620"/>
        <source>waiting: another bus on this line is being read</source>
        <translation>waiting: another bus on this line is being read</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="683"/>
        <source>answer came from meter %1, expected %2</source>
        <translation>answer came from meter %1, expected %2</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::AssignMeterDialog</name>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="34"/>
        <source>Assign a meter to %1 %2</source>
        <translation>Assign a meter to %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="40"/>
        <source>&amp;Meter number:</source>
        <translation>&amp;Meter number:</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="41"/>
        <source>As printed on the meter.</source>
        <translation>As printed on the meter.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="42"/>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="43"/>
        <source>The day the meter starts measuring this user (from 00:00).</source>
        <translation>The day the meter starts measuring this user (from 00:00).</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="48"/>
        <source>The meter replaces meter %1: end that assignment on this date</source>
        <translation>The meter replaces meter %1: end that assignment on this date</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="72"/>
        <source>Enter the meter&apos;s number.</source>
        <translation>Enter the meter&apos;s number.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="74"/>
        <source>No meter has number %1.</source>
        <translation>No meter has number %1.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="76"/>
        <source>Meter %1 measures this user already.</source>
        <translation>Meter %1 measures this user already.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="80"/>
        <source>Meter %1 measures %2 since %3: end that assignment on this date (moved out)</source>
        <translation>Meter %1 measures %2 since %3: end that assignment on this date (moved out)</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="83"/>
        <source>Meter %1 measures %2 since %3. Tick below to end that assignment, or choose another meter.</source>
        <translation>Meter %1 measures %2 since %3. Tick below to end that assignment, or choose another meter.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="92"/>
        <source>The meter&apos;s current assignment starts on %1: choose a later date.</source>
        <translation>The meter&apos;s current assignment starts on %1: choose a later date.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="95"/>
        <source>Meter %1 measures this user since %2: choose a later date.</source>
        <translation>Meter %1 measures this user since %2: choose a later date.</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="111"/>
        <source>meter %1 measured another user in that period: choose a date after that assignment ended</source>
        <translation>meter %1 measured another user in that period: choose a date after that assignment ended</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusDiagnostics</name>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="129"/>
        <source>Traffic counters</source>
        <translation>Traffic counters</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="130"/>
        <source>Bus status history</source>
        <translation>Bus status history</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="131"/>
        <source>&amp;Reset counters</source>
        <translation>&amp;Reset counters</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="132"/>
        <source>&amp;Scan bus…</source>
        <translation>&amp;Scan bus…</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="133"/>
        <source>Look for meters on the selected bus</source>
        <translation>Look for meters on the selected bus</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusDialog</name>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="12"/>
        <source>Edit bus</source>
        <translation>Edit bus</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="12"/>
        <source>New bus</source>
        <translation>New bus</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="14"/>
        <source>for example Building 3, riser 1</source>
        <translation>for example Building 3, riser 1</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="22"/>
        <source>Bus %1 is not in the database (removed meanwhile?).</source>
        <translation>Bus %1 is not in the database (removed meanwhile?).</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="31"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusStatusText</name>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="9"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="11"/>
        <source>Reading %1/%2</source>
        <translation>Reading %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="11"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="13"/>
        <source>No load suspected</source>
        <translation>No load suspected</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="15"/>
        <source>Overload suspected</source>
        <translation>Overload suspected</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="17"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusTreeModel</name>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="221"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="223"/>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="225"/>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="227"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="227"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="231"/>
        <source>%1 (inferred)</source>
        <translation>%1 (inferred)</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="236"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="238"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="238"/>
        <source>never read</source>
        <translation>never read</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="240"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="242"/>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="261"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="261"/>
        <source>Read bus</source>
        <translation>Read bus</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="263"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="314"/>
        <source>Inferred from the traffic, not reported by the device:
%1</source>
        <translation>Inferred from the traffic, not reported by the device:
%1</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="319"/>
        <source>Last read failed: %1</source>
        <translation>Last read failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="321"/>
        <source>The meter reports a status condition; see the meter panel.</source>
        <translation>The meter reports a status condition; see the meter panel.</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="323"/>
        <source>No reading for more than a day.</source>
        <translation>No reading for more than a day.</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="323"/>
        <source>Never read.</source>
        <translation>Never read.</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="373"/>
        <source>Site / channel / bus / meter</source>
        <translation>Site / channel / bus / meter</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="375"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="377"/>
        <source>Last reading</source>
        <translation>Last reading</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="379"/>
        <source>Energy (kWh)</source>
        <translation>Energy (kWh)</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="381"/>
        <source>Heat user</source>
        <translation>Heat user</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="383"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ChannelDialog</name>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="49"/>
        <source>Read the buses of this channel</source>
        <translation>Read the buses of this channel</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="50"/>
        <source>Edit channel</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="50"/>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="51"/>
        <source>for example Boiler room COM3</source>
        <translation>for example Boiler room COM3</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="52"/>
        <source>Serial port (RS-232 / USB M-Bus master)</source>
        <translation>Serial port (RS-232 / USB M-Bus master)</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="53"/>
        <source>Serial server over TCP</source>
        <translation>Serial server over TCP</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="54"/>
        <source>GPRS DTU dialling in</source>
        <translation>GPRS DTU dialling in</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="57"/>
        <source>COM3, /dev/ttyUSB0, /dev/pts/5</source>
        <translation>COM3, /dev/ttyUSB0, /dev/pts/5</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="64"/>
        <source>%1 Bd</source>
        <translation>%1 Bd</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="65"/>
        <source>Even (8E1, M-Bus)</source>
        <translation>Even (8E1, M-Bus)</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="66"/>
        <source>None (8N1)</source>
        <translation>None (8N1)</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="67"/>
        <source>Odd (8O1)</source>
        <translation>Odd (8O1)</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="68"/>
        <source>host name or IP address</source>
        <translation>host name or IP address</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="70"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="71"/>
        <source>the ID the DTU sends when it registers</source>
        <translation>the ID the DTU sends when it registers</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="72"/>
        <source>Text (ASCII)</source>
        <translation>Text (ASCII)</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="73"/>
        <source>Hex bytes</source>
        <translation>Hex bytes</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="80"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="85"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="86"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="87"/>
        <source>TCP p&amp;ort:</source>
        <translation>TCP p&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="88"/>
        <source>&amp;DTU ID:</source>
        <translation>&amp;DTU ID:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="89"/>
        <source>ID &amp;format:</source>
        <translation>ID &amp;format:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="75"/>
        <source>Plain (registration packet, then transparent)</source>
        <translation>Plain (registration packet, then transparent)</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="76"/>
        <source>Hongdian DDP</source>
        <translation>Hongdian DDP</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="77"/>
        <source>Four-Faith PROT mode</source>
        <translation>Four-Faith PROT mode</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="90"/>
        <source>Fra&amp;ming:</source>
        <translation>Fra&amp;ming:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="91"/>
        <source>How the DTU wraps the bus bytes, as set in the DTU. Hongdian DDP: the ID is 11 characters, usually the SIM number. Four-Faith: the ID is 8 hex digits.</source>
        <translation>How the DTU wraps the bus bytes, as set in the DTU. Hongdian DDP: the ID is 11 characters, usually the SIM number. Four-Faith: the ID is 8 hex digits.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="203"/>
        <source>A Four-Faith DTU ID is 8 hex digits.</source>
        <translation>A Four-Faith DTU ID is 8 hex digits.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="204"/>
        <source>A Hongdian DDP DTU ID is 11 characters, usually the SIM number.</source>
        <translation>A Hongdian DDP DTU ID is 11 characters, usually the SIM number.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="211"/>
        <source>A Four-Faith DTU sends its ID as 4 bytes: choose Hex bytes.</source>
        <translation>A Four-Faith DTU sends its ID as 4 bytes: choose Hex bytes.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="93"/>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Baud rate:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="94"/>
        <source>M-Bus meters speak 300 to 9600 Bd, most 2400. Behind a server or DTU: the rate of the line behind it, which sets the answer timing.</source>
        <translation>M-Bus meters speak 300 to 9600 Bd, most 2400. Behind a server or DTU: the rate of the line behind it, which sets the answer timing.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="96"/>
        <source>P&amp;arity:</source>
        <translation>P&amp;arity:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="97"/>
        <source>Real M-Bus level converters use Even. Pseudo terminals (the simulator, socat) cannot carry parity: choose None for them.</source>
        <translation>Real M-Bus level converters use Even. Pseudo terminals (the simulator, socat) cannot carry parity: choose None for them.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="99"/>
        <source>&amp;Latency:</source>
        <translation>&amp;Latency:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="100"/>
        <source>Added to every answer window: what a TCP server or GPRS link delays the bytes.</source>
        <translation>Added to every answer window: what a TCP server or GPRS link delays the bytes.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="101"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Retries:</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="129"/>
        <source>The stored settings do not read (%1); saving replaces them.</source>
        <translation>The stored settings do not read (%1); saving replaces them.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="133"/>
        <source>Channel %1 is not in the database (removed meanwhile?).</source>
        <translation>Channel %1 is not in the database (removed meanwhile?).</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="184"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="189"/>
        <source>Choose or type the serial port.</source>
        <translation>Choose or type the serial port.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="190"/>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Enter the server&apos;s host name or IP address.</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="193"/>
        <source>Enter the server&apos;s TCP port (1 to 65535).</source>
        <translation>Enter the server&apos;s TCP port (1 to 65535).</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="207"/>
        <source>Enter the DTU ID as an even number of hex digits (0-9, A-F).</source>
        <translation>Enter the DTU ID as an even number of hex digits (0-9, A-F).</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="208"/>
        <source>Enter the DTU ID.</source>
        <translation>Enter the DTU ID.</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ConfigDialog</name>
    <message>
        <location filename="../ui/config/ConfigDialog.cpp" line="152"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ConfigurationActions</name>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="45"/>
        <source>Add &amp;site…</source>
        <translation>Add &amp;site…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="46"/>
        <source>Add &amp;channel…</source>
        <translation>Add &amp;channel…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="47"/>
        <source>Add &amp;bus…</source>
        <translation>Add &amp;bus…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="48"/>
        <source>Add &amp;meter…</source>
        <translation>Add &amp;meter…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="49"/>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Edit selected…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="50"/>
        <source>&amp;Import meters from CSV…</source>
        <translation>&amp;Import meters from CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="77"/>
        <source>Select the site the channel belongs to.</source>
        <translation>Select the site the channel belongs to.</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="83"/>
        <source>Select the channel the bus is on.</source>
        <translation>Select the channel the bus is on.</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="89"/>
        <source>Select the bus the meter is on.</source>
        <translation>Select the bus the meter is on.</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="97"/>
        <source>Select a site, channel, bus or meter to edit.</source>
        <translation>Select a site, channel, bus or meter to edit.</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="121"/>
        <source>Select the bus to import meters into.</source>
        <translation>Select the bus to import meters into.</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::CountersTableModel</name>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="92"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="94"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="96"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="98"/>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="100"/>
        <source>Checksum errors</source>
        <translation>Checksum errors</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="102"/>
        <source>Collisions</source>
        <translation>Collisions</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="104"/>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="106"/>
        <source>Garbage bytes</source>
        <translation>Garbage bytes</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::DomainText</name>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="18"/>
        <source>serial port</source>
        <translation>serial port</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="20"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="22"/>
        <source>GPRS DTU</source>
        <translation>GPRS DTU</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="32"/>
        <source>heat (outlet)</source>
        <translation>heat (outlet)</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="33"/>
        <source>heat (inlet)</source>
        <translation>heat (inlet)</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="34"/>
        <source>heat</source>
        <translation>heat</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="35"/>
        <source>heat and cooling</source>
        <translation>heat and cooling</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="36"/>
        <source>cooling (outlet)</source>
        <translation>cooling (outlet)</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="37"/>
        <source>cooling (inlet)</source>
        <translation>cooling (inlet)</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="38"/>
        <source>cooling</source>
        <translation>cooling</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="39"/>
        <source>warm water</source>
        <translation>warm water</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="40"/>
        <source>hot water</source>
        <translation>hot water</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="41"/>
        <source>cold water</source>
        <translation>cold water</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="42"/>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="43"/>
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="44"/>
        <source>electricity</source>
        <translation>electricity</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="45"/>
        <source>heat cost allocator</source>
        <translation>heat cost allocator</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="46"/>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::FoundMetersModel</name>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="102"/>
        <source>garbled — two meters on one address?</source>
        <translation>garbled — two meters on one address?</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="128"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="130"/>
        <source>Secondary id</source>
        <translation>Secondary id</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="132"/>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="134"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="136"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="138"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HeatUserDialog</name>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="25"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="26"/>
        <source>The heat-card or account number, as the billing system has it.</source>
        <translation>The heat-card or account number, as the billing system has it.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="28"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="29"/>
        <source>&amp;Building:</source>
        <translation>&amp;Building:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="30"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="31"/>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="32"/>
        <source>&amp;Heated area (m²):</source>
        <translation>&amp;Heated area (m²):</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="33"/>
        <source>The area the basic price is charged on; empty when not known yet.</source>
        <translation>The area the basic price is charged on; empty when not known yet.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="34"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="51"/>
        <source>Heat user %1</source>
        <translation>Heat user %1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="54"/>
        <source>Cannot load the heat user: %1</source>
        <translation>Cannot load the heat user: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="56"/>
        <source>Add heat user</source>
        <translation>Add heat user</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="80"/>
        <source>An account number is required.</source>
        <translation>An account number is required.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="82"/>
        <source>Account %1 belongs to %2 already.</source>
        <translation>Account %1 belongs to %2 already.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="88"/>
        <source>The heated area is a number of square metres, 0 or more.</source>
        <translation>The heated area is a number of square metres, 0 or more.</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HeatUsersDialog</name>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="59"/>
        <source>&amp;Payments…</source>
        <translation>&amp;Payments…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="47"/>
        <source>Show &amp;deactivated</source>
        <translation>Show &amp;deactivated</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="55"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="57"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="58"/>
        <source>Assign &amp;meter…</source>
        <translation>Assign &amp;meter…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="60"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="61"/>
        <source>Heat users</source>
        <translation>Heat users</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="63"/>
        <source>Account, name, community, building, room or phone</source>
        <translation>Account, name, community, building, room or phone</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="83"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="110"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="110"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="110"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="180"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/HeatUsersDialog.cpp" line="199"/>
        <source>%n heat user(s)</source>
        <translation>
            <numerusform>%n heat user</numerusform>
            <numerusform>%n heat users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="56"/>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="227"/>
        <source>Dea&amp;ctivate…</source>
        <translation>Dea&amp;ctivate…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="227"/>
        <source>Rea&amp;ctivate</source>
        <translation>Rea&amp;ctivate</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="232"/>
        <source>A meter was assigned to this user: its history stays, deactivate it instead.</source>
        <translation>A meter was assigned to this user: its history stays, deactivate it instead.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="241"/>
        <source>Meter assignments: select a heat user.</source>
        <translation>Meter assignments: select a heat user.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="245"/>
        <source>Meter assignments of %1:</source>
        <translation>Meter assignments of %1:</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="250"/>
        <source>CJ/T 188</source>
        <translation>CJ/T 188</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="250"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="256"/>
        <source>still assigned</source>
        <translation>still assigned</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="293"/>
        <source>Not reactivated: %1</source>
        <translation>Not reactivated: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="296"/>
        <source>Deactivate heat user</source>
        <translation>Deactivate heat user</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="297"/>
        <source>Deactivate heat user %1? Its meter assignments end now, so the meters can measure the next tenant. Its readings and history stay.</source>
        <translation>Deactivate heat user %1? Its meter assignments end now, so the meters can measure the next tenant. Its readings and history stay.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="303"/>
        <source>Not deactivated: %1</source>
        <translation>Not deactivated: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="314"/>
        <source>Delete heat user</source>
        <translation>Delete heat user</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="315"/>
        <source>Delete heat user %1? No meter was ever assigned to it, so no history is lost.</source>
        <translation>Delete heat user %1? No meter was ever assigned to it, so no history is lost.</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="318"/>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HeatUsersModel</name>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="68"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="68"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="79"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="83"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="85"/>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="87"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="89"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="91"/>
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="93"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="95"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="97"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="234"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="236"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="237"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="238"/>
        <location filename="../ui/history/HistoryView.cpp" line="342"/>
        <source>first reading</source>
        <translation>first reading</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="239"/>
        <source>First day shown</source>
        <translation>First day shown</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="240"/>
        <source>Last day shown (included)</source>
        <translation>Last day shown (included)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="246"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="247"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="248"/>
        <source>This heating season</source>
        <translation>This heating season</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="249"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="250"/>
        <source>Last 5 years</source>
        <translation>Last 5 years</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="251"/>
        <source>All readings</source>
        <translation>All readings</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="252"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="261"/>
        <source>15 November %1 to 15 March %2</source>
        <translation>15 November %1 to 15 March %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="264"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="267"/>
        <source>Temperature chart as PNG…</source>
        <translation>Temperature chart as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="269"/>
        <source>Temperature chart as SVG…</source>
        <translation>Temperature chart as SVG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="271"/>
        <source>Consumption chart as PNG…</source>
        <translation>Consumption chart as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="273"/>
        <source>Consumption chart as SVG…</source>
        <translation>Consumption chart as SVG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="276"/>
        <source>Readings as CSV…</source>
        <translation>Readings as CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="278"/>
        <source>&amp;Temperatures</source>
        <translation>&amp;Temperatures</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="279"/>
        <source>&amp;Consumption</source>
        <translation>&amp;Consumption</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="280"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="281"/>
        <source>Show the whole period again (Home)</source>
        <translation>Show the whole period again (Home)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="282"/>
        <source>Drag to zoom in, wheel to zoom, Shift+drag or ←/→ to move, +/− to zoom, Home or right-click to reset.</source>
        <translation>Drag to zoom in, wheel to zoom, Shift+drag or ←/→ to move, +/− to zoom, Home or right-click to reset.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="284"/>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="287"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="288"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="289"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="316"/>
        <source>alarm, power low</source>
        <translation>alarm, power low</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="326"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="329"/>
        <source>%1 — supply and return temperature, %2</source>
        <translation>%1 — supply and return temperature, %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="331"/>
        <source>%1 — heat consumption, %2</source>
        <translation>%1 — heat consumption, %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="341"/>
        <source>all readings</source>
        <translation>all readings</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="343"/>
        <source>last reading</source>
        <translation>last reading</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="344"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="540"/>
        <source>Choose a meter in the tree to see its history.</source>
        <translation>Choose a meter in the tree to see its history.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="543"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="546"/>
        <source>Loading the readings of %1…</source>
        <translation>Loading the readings of %1…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="550"/>
        <source>%1 has no readings from %2.
Choose a longer period above.</source>
        <translation>%1 has no readings from %2.
Choose a longer period above.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="553"/>
        <source>The history cannot be read:
%1</source>
        <translation>The history cannot be read:
%1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="587"/>
        <source>Nothing to export: no readings are shown</source>
        <translation>Nothing to export: no readings are shown</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="610"/>
        <source>Export chart as SVG</source>
        <translation>Export chart as SVG</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="610"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="612"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="612"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="617"/>
        <location filename="../ui/history/HistoryView.cpp" line="628"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="621"/>
        <source>Export readings as CSV</source>
        <translation>Export readings as CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="623"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="22"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="25"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="26"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="28"/>
        <source>CSV file (UTF-8)</source>
        <translation>CSV file (UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="35"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="84"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="108"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="108"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="120"/>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="122"/>
        <source>%1 of %n line(s) have problems (see Status). Nothing was imported; correct the file and choose it again.</source>
        <translation>
            <numerusform>%1 of %n line has problems (see Status). Nothing was imported; correct the file and choose it again.</numerusform>
            <numerusform>%1 of %n lines have problems (see Status). Nothing was imported; correct the file and choose it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>About HeatDesk</source>
        <translation>About HeatDesk</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="193"/>
        <source>&lt;b&gt;HeatDesk&lt;/b&gt; %1&lt;br&gt;Remote reading of district-heating meters (EN 13757 M-Bus, CJ/T 188).&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;HeatDesk&lt;/b&gt; %1&lt;br&gt;Remote reading of district-heating meters (EN 13757 M-Bus, CJ/T 188).&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="270"/>
        <source>HeatDesk — %1</source>
        <translation>HeatDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="270"/>
        <source>HeatDesk</source>
        <translation>HeatDesk</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="271"/>
        <source>Find meter number, address (#5), heat user or room…  (Ctrl+F)</source>
        <translation>Find meter number, address (#5), heat user or room…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="272"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="273"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>Bus diagnostics</source>
        <translation>Bus diagnostics</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="275"/>
        <source>Telegram monitor</source>
        <translation>Telegram monitor</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;Bus</source>
        <translation>&amp;Bus</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="279"/>
        <source>&amp;Configure</source>
        <translation>&amp;Configure</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="281"/>
        <source>&amp;Heat users…</source>
        <translation>&amp;Heat users…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="282"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="285"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Consumption &amp;sheets…</source>
        <translation>Consumption &amp;sheets…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="288"/>
        <source>&amp;Read</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="289"/>
        <source>Read the selected buses or meters (F5)</source>
        <translation>Read the selected buses or meters (F5)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="290"/>
        <source>Read &amp;all buses</source>
        <translation>Read &amp;all buses</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="291"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>Stop reading the selected bus (Esc)</source>
        <translation>Stop reading the selected bus (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="293"/>
        <source>S&amp;can bus…</source>
        <translation>S&amp;can bus…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="294"/>
        <source>&amp;Find meter</source>
        <translation>&amp;Find meter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="295"/>
        <source>&amp;About HeatDesk</source>
        <translation>&amp;About HeatDesk</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="318"/>
        <source>Reading in progress</source>
        <translation>Reading in progress</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="319"/>
        <source>%n bus(es) are being read. Stop them and quit?</source>
        <translation>
            <numerusform>%n bus is being read. Stop it and quit?</numerusform>
            <numerusform>%n buses are being read. Stop them and quit?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377"/>
        <source>Not every channel could be set up: %1</source>
        <translation>Not every channel could be set up: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="396"/>
        <source>%1: %2 of %3 meters read in %4 s</source>
        <translation>%1: %2 of %3 meters read in %4 s</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Links: %1 of %2 up</source>
        <translation>Links: %1 of %2 up</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="438"/>
        <source>Reading %n bus(es)</source>
        <translation>
            <numerusform>Reading %n bus</numerusform>
            <numerusform>Reading %n buses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="438"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>NOT STORED (kept, retrying): %1</source>
        <translation>NOT STORED (kept, retrying): %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="443"/>
        <source>Readings stored this session: %1</source>
        <translation>Readings stored this session: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="445"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="445"/>
        <source>No database</source>
        <translation>No database</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="496"/>
        <source>Select a bus or meters to read.</source>
        <translation>Select a bus or meters to read.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="523"/>
        <source>Select a bus whose channel is set up to scan it.</source>
        <translation>Select a bus whose channel is set up to scan it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="552"/>
        <source>%n meter(s) added.</source>
        <translation>
            <numerusform>%n meter added.</numerusform>
            <numerusform>%n meters added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="553"/>
        <source>%n meter(s) added; not added: %1</source>
        <translation>
            <numerusform>%n meter added; not added: %1</numerusform>
            <numerusform>%n meters added; not added: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="636"/>
        <source>Open HeatDesk database</source>
        <translation>Open HeatDesk database</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="637"/>
        <source>HeatDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>HeatDesk databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="641"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterCommands</name>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="34"/>
        <source>Meter reset (SND_NKE and application reset acknowledged).</source>
        <translation>Meter reset (SND_NKE and application reset acknowledged).</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="35"/>
        <source>The meter did not acknowledge the reset: %1</source>
        <translation>The meter did not acknowledge the reset: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="55"/>
        <source>R&amp;eset meter</source>
        <translation>R&amp;eset meter</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="56"/>
        <source>Send SND_NKE and the application reset to the selected M-Bus meter (for a meter that answers out of step or with another telegram than usual)</source>
        <translation>Send SND_NKE and the application reset to the selected M-Bus meter (for a meter that answers out of step or with another telegram than usual)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="58"/>
        <source>&amp;Open valve…</source>
        <translation>&amp;Open valve…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="59"/>
        <source>Open the valve of the selected CJ/T 188 meter</source>
        <translation>Open the valve of the selected CJ/T 188 meter</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="60"/>
        <source>C&amp;lose valve…</source>
        <translation>C&amp;lose valve…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="61"/>
        <source>Close the valve of the selected CJ/T 188 meter</source>
        <translation>Close the valve of the selected CJ/T 188 meter</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="62"/>
        <source>Read CJ/T 188 &amp;address</source>
        <translation>Read CJ/T 188 &amp;address</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="63"/>
        <source>Ask the one CJ/T 188 meter on this bus for its address (broadcast: with several meters on the bus the answers collide)</source>
        <translation>Ask the one CJ/T 188 meter on this bus for its address (broadcast: with several meters on the bus the answers collide)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="71"/>
        <source>Resetting meter %1…</source>
        <translation>Resetting meter %1…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="78"/>
        <source>Open the valve of meter %1? Heat will flow to the flat again.</source>
        <translation>Open the valve of meter %1? Heat will flow to the flat again.</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="79"/>
        <source>Close the valve of meter %1? The flat will get no heat until it is opened.</source>
        <translation>Close the valve of meter %1? The flat will get no heat until it is opened.</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="81"/>
        <source>Open valve</source>
        <translation>Open valve</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="81"/>
        <source>Close valve</source>
        <translation>Close valve</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="87"/>
        <source>Opening the valve of meter %1…</source>
        <translation>Opening the valve of meter %1…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="88"/>
        <source>Closing the valve of meter %1…</source>
        <translation>Closing the valve of meter %1…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="98"/>
        <source>Asking the CJ/T 188 meter on this bus for its address…</source>
        <translation>Asking the CJ/T 188 meter on this bus for its address…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="105"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="107"/>
        <source>only garbled answers (several meters answering at once?)</source>
        <translation>only garbled answers (several meters answering at once?)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="109"/>
        <source>the meter refused the command</source>
        <translation>the meter refused the command</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="111"/>
        <source>the meter did not confirm the new valve position</source>
        <translation>the meter did not confirm the new valve position</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="113"/>
        <source>the meter reports its valve as abnormal (blocked or without power)</source>
        <translation>the meter reports its valve as abnormal (blocked or without power)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="115"/>
        <source>the line is not connected</source>
        <translation>the line is not connected</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="117"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="119"/>
        <source>answers with checksum errors</source>
        <translation>answers with checksum errors</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="121"/>
        <source>several meters answered at once</source>
        <translation>several meters answered at once</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="123"/>
        <source>no meter acknowledged the selection</source>
        <translation>no meter acknowledged the selection</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="131"/>
        <source>No CJ/T 188 address read: %1</source>
        <translation>No CJ/T 188 address read: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="134"/>
        <source>The CJ/T 188 meter on this bus has address %1</source>
        <translation>The CJ/T 188 meter on this bus has address %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="136"/>
        <source>CJ/T 188 address</source>
        <translation>CJ/T 188 address</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="137"/>
        <source>The meter answered with address

%1</source>
        <translation>The meter answered with address

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="147"/>
        <source>Valve opened (confirmed by the meter).</source>
        <translation>Valve opened (confirmed by the meter).</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="148"/>
        <source>Valve closed (confirmed by the meter).</source>
        <translation>Valve closed (confirmed by the meter).</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="150"/>
        <source>The valve did not open: %1</source>
        <translation>The valve did not open: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="150"/>
        <source>The valve did not close: %1</source>
        <translation>The valve did not close: %1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterDialog</name>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="39"/>
        <source>Active: read this meter</source>
        <translation>Active: read this meter</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="41"/>
        <source>Edit meter</source>
        <translation>Edit meter</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="41"/>
        <source>New meter</source>
        <translation>New meter</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="42"/>
        <source>M-Bus (EN 13757)</source>
        <translation>M-Bus (EN 13757)</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="43"/>
        <source>CJ/T 188</source>
        <translation>CJ/T 188</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="46"/>
        <source>none (secondary addressing)</source>
        <translation>none (secondary addressing)</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="48"/>
        <source>16 hex digits: id, manufacturer, version, medium</source>
        <translation>16 hex digits: id, manufacturer, version, medium</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="54"/>
        <source>for example Building 3, unit 2, room 301, kitchen</source>
        <translation>for example Building 3, unit 2, room 301, kitchen</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="55"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="57"/>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocol:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="58"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="59"/>
        <source>&amp;Primary address:</source>
        <translation>&amp;Primary address:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="60"/>
        <source>&amp;Secondary address:</source>
        <translation>&amp;Secondary address:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="61"/>
        <source>Model pro&amp;file:</source>
        <translation>Model pro&amp;file:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="62"/>
        <source>The CJ/T 188 dialect of the meter&apos;s make and model (byte orders, units, timing).</source>
        <translation>The CJ/T 188 dialect of the meter&apos;s make and model (byte orders, units, timing).</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="64"/>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="65"/>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="66"/>
        <source>&amp;Installed on:</source>
        <translation>&amp;Installed on:</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="86"/>
        <source>Meter %1 is not in the database (removed meanwhile?).</source>
        <translation>Meter %1 is not in the database (removed meanwhile?).</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="108"/>
        <source>8 digits, as printed on the meter</source>
        <translation>8 digits, as printed on the meter</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="109"/>
        <source>14 hex digits, A6 to A0 as printed on the meter</source>
        <translation>14 hex digits, A6 to A0 as printed on the meter</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="166"/>
        <source>Choose M-Bus or CJ/T 188.</source>
        <translation>Choose M-Bus or CJ/T 188.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="168"/>
        <source>An M-Bus meter number has 8 digits (0-9).</source>
        <translation>An M-Bus meter number has 8 digits (0-9).</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="170"/>
        <source>A CJ/T 188 meter number has 14 hex digits (0-9, A-F) and is not AAAAAAAAAAAAAA.</source>
        <translation>A CJ/T 188 meter number has 14 hex digits (0-9, A-F) and is not AAAAAAAAAAAAAA.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="172"/>
        <source>A primary address is 0 to 250.</source>
        <translation>A primary address is 0 to 250.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="174"/>
        <source>CJ/T 188 meters have no primary address.</source>
        <translation>CJ/T 188 meters have no primary address.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="176"/>
        <source>16 hex digits without wildcards: the 8-digit id, manufacturer, version, medium.</source>
        <translation>16 hex digits without wildcards: the 8-digit id, manufacturer, version, medium.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="178"/>
        <source>The secondary address starts with the meter number.</source>
        <translation>The secondary address starts with the meter number.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="180"/>
        <source>CJ/T 188 meters have no secondary address.</source>
        <translation>CJ/T 188 meters have no secondary address.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="182"/>
        <source>Model profiles are for CJ/T 188 meters.</source>
        <translation>Model profiles are for CJ/T 188 meters.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="184"/>
        <source>This model profile is not installed.</source>
        <translation>This model profile is not installed.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="186"/>
        <source>Choose a medium from the list (for example heat_outlet or heat).</source>
        <translation>Choose a medium from the list (for example heat_outlet or heat).</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="188"/>
        <source>Enter the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Enter the date as YYYY-MM-DD, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterImportDialog</name>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="21"/>
        <source>Import meters into bus %1</source>
        <translation>Import meters into bus %1</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="11"/>
        <source>The first line names the columns: number (required), protocol (mbus or cjt188), primary, secondary, profile, medium, location, installed_on; for the heat users also account, name, building, unit, room, area_m2. UTF-8, separated by commas, semicolons or tabs. Nothing is imported while any line has a problem.</source>
        <translation>The first line names the columns: number (required), protocol (mbus or cjt188), primary, secondary, profile, medium, location, installed_on; for the heat users also account, name, building, unit, room, area_m2. UTF-8, separated by commas, semicolons or tabs. Nothing is imported while any line has a problem.</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="10"/>
        <source>Import meters</source>
        <translation>Import meters</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="41"/>
        <source>Imported: %1, %2.</source>
        <translation>Imported: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/MeterImportDialog.cpp" line="42"/>
        <source>%n meter(s)</source>
        <translation>
            <numerusform>%n meter</numerusform>
            <numerusform>%n meters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/MeterImportDialog.cpp" line="42"/>
        <source>%n new heat user(s)</source>
        <translation>
            <numerusform>%n new heat user</numerusform>
            <numerusform>%n new heat users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/MeterImportDialog.cpp" line="46"/>
        <source>%n meter(s) ready to import.</source>
        <translation>
            <numerusform>%n meter ready to import.</numerusform>
            <numerusform>%n meters ready to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterImportModel</name>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="18"/>
        <source>CJ/T 188</source>
        <translation>CJ/T 188</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="18"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="46"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="50"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="52"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="54"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="56"/>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="58"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="60"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="62"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="64"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="66"/>
        <source>Heat user</source>
        <translation>Heat user</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="68"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterPanel</name>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="101"/>
        <source>Latest reading</source>
        <translation>Latest reading</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="102"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="103"/>
        <source>Raw frame (hex, as received)</source>
        <translation>Raw frame (hex, as received)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="116"/>
        <source>Choose a meter in the tree</source>
        <translation>Choose a meter in the tree</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="162"/>
        <source>application busy</source>
        <translation>application busy</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="163"/>
        <source>application error</source>
        <translation>application error</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="164"/>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="165"/>
        <location filename="../ui/main/MeterPanel.cpp" line="178"/>
        <source>power low (battery)</source>
        <translation>power low (battery)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="166"/>
        <source>permanent error</source>
        <translation>permanent error</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="167"/>
        <source>temporary error</source>
        <translation>temporary error</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="168"/>
        <source>manufacturer flag 1</source>
        <translation>manufacturer flag 1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="169"/>
        <source>manufacturer flag 2</source>
        <translation>manufacturer flag 2</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="170"/>
        <source>manufacturer flag 3</source>
        <translation>manufacturer flag 3</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="171"/>
        <source>error flags set</source>
        <translation>error flags set</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="172"/>
        <source>a value marked erroneous</source>
        <translation>a value marked erroneous</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="179"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="188"/>
        <source>Last read failed:</source>
        <translation>Last read failed:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="191"/>
        <source>No reading stored yet. Press Read (F5) to read the meter.</source>
        <translation>No reading stored yet. Press Read (F5) to read the meter.</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="198"/>
        <source>Read at:</source>
        <translation>Read at:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="201"/>
        <source>Meter time:</source>
        <translation>Meter time:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="204"/>
        <source>Energy:</source>
        <translation>Energy:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="205"/>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="206"/>
        <source>Power:</source>
        <translation>Power:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="207"/>
        <source>Flow:</source>
        <translation>Flow:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="208"/>
        <source>Supply temperature:</source>
        <translation>Supply temperature:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="209"/>
        <source>Return temperature:</source>
        <translation>Return temperature:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="213"/>
        <source>ΔT:</source>
        <translation>ΔT:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="214"/>
        <source>Operating time:</source>
        <translation>Operating time:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="216"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="219"/>
        <source>Settlement-day energy:</source>
        <translation>Settlement-day energy:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="221"/>
        <source>Valve:</source>
        <translation>Valve:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="221"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="222"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="223"/>
        <source>abnormal</source>
        <translation>abnormal</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="224"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="231"/>
        <source>Meter %1 not found</source>
        <translation>Meter %1 not found</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="235"/>
        <source>Meter %1</source>
        <translation>Meter %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="236"/>
        <source>Meter %1 — %2</source>
        <translation>Meter %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="240"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="241"/>
        <source>Protocol:</source>
        <translation>Protocol:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="243"/>
        <source>Primary address:</source>
        <translation>Primary address:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="244"/>
        <source>Secondary address:</source>
        <translation>Secondary address:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="245"/>
        <source>Model / profile:</source>
        <translation>Model / profile:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="246"/>
        <source>Medium:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="247"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="248"/>
        <source>Installed on:</source>
        <translation>Installed on:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="249"/>
        <source>Heat user:</source>
        <translation>Heat user:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="250"/>
        <source>Active:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="250"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="250"/>
        <source>no (kept for its history)</source>
        <translation>no (kept for its history)</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::PaymentsDialog</name>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="34"/>
        <source>Prepayment</source>
        <translation>Prepayment</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="36"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="38"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="40"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="58"/>
        <source>&amp;Record payment</source>
        <translation>&amp;Record payment</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="59"/>
        <source>&amp;Statement PDF…</source>
        <translation>&amp;Statement PDF…</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="64"/>
        <source>Payments of %1 %2</source>
        <translation>Payments of %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Amount (CNY)</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="86"/>
        <source>receipt number; for a correction, why</source>
        <translation>receipt number; for a correction, why</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="90"/>
        <source>&amp;Heating season starting in:</source>
        <translation>&amp;Heating season starting in:</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="98"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="99"/>
        <source>A&amp;mount (CNY):</source>
        <translation>A&amp;mount (CNY):</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="100"/>
        <source>&amp;Date paid:</source>
        <translation>&amp;Date paid:</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="101"/>
        <source>R&amp;eference:</source>
        <translation>R&amp;eference:</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="102"/>
        <source>Recorded &amp;by:</source>
        <translation>Recorded &amp;by:</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="124"/>
        <source>Statement written.</source>
        <translation>Statement written.</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="125"/>
        <source>Cannot write the statement: %1</source>
        <translation>Cannot write the statement: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="130"/>
        <source>Cannot load the heat user: %1</source>
        <translation>Cannot load the heat user: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="165"/>
        <source>Paid for %1/%2: %3 CNY</source>
        <translation>Paid for %1/%2: %3 CNY</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="169"/>
        <source>Cannot read the payments: %1</source>
        <translation>Cannot read the payments: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="175"/>
        <source>The amount must be yuan with at most two decimals, e.g. 2500.00.</source>
        <translation>The amount must be yuan with at most two decimals, e.g. 2500.00.</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="189"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="196"/>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="202"/>
        <source>Save statement</source>
        <translation>Save statement</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="205"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="214"/>
        <source>Writing the statement…</source>
        <translation>Writing the statement…</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ReportDialog</name>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="162"/>
        <source>No sheet: %1</source>
        <translation>No sheet: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="178"/>
        <source>Statement written: %1</source>
        <translation>Statement written: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="182"/>
        <source>Cannot write the statement to %1: %2</source>
        <translation>Cannot write the statement to %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="187"/>
        <source>Statement failed</source>
        <translation>Statement failed</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="211"/>
        <source>Consumption sheets</source>
        <translation>Consumption sheets</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="212"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="213"/>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="214"/>
        <source>Heating &amp;season starting</source>
        <translation>Heating &amp;season starting</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="215"/>
        <source>&amp;Building:</source>
        <translation>&amp;Building:</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="216"/>
        <source>Company (page header):</source>
        <translation>Company (page header):</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="217"/>
        <source>e.g. 热力公司 name, printed on every page</source>
        <translation>e.g. 热力公司 name, printed on every page</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="220"/>
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="221"/>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="222"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="223"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="224"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="225"/>
        <source>S&amp;tatement…</source>
        <translation>S&amp;tatement…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="226"/>
        <source>The selected heat user&apos;s statement for this sheet&apos;s period, as a PDF</source>
        <translation>The selected heat user&apos;s statement for this sheet&apos;s period, as a PDF</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="227"/>
        <source>Statement of this heat user…</source>
        <translation>Statement of this heat user…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="229"/>
        <source>Choose the month or season and press Compute.</source>
        <translation>Choose the month or season and press Compute.</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="271"/>
        <source>Save the statement of %1 %2</source>
        <translation>Save the statement of %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="272"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="283"/>
        <source>Writing the statement of %1 %2 for %3…</source>
        <translation>Writing the statement of %1 %2 for %3…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="322"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportDialog.cpp" line="360"/>
        <source>%1 — %2: %n heat user(s), %3 with consumption, total %4 kWh</source>
        <translation>
            <numerusform>%1 — %2: %n heat user, %3 with consumption, total %4 kWh</numerusform>
            <numerusform>%1 — %2: %n heat users, %3 with consumption, total %4 kWh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="362"/>
        <source>all buildings</source>
        <translation>all buildings</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="366"/>
        <source>fees %1 yuan</source>
        <translation>fees %1 yuan</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="378"/>
        <source>compute the sheet first</source>
        <translation>compute the sheet first</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="389"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="391"/>
        <source>&apos;%1&apos;: choose a .pdf, .xlsx or .csv file</source>
        <translation>&apos;%1&apos;: choose a .pdf, .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="403"/>
        <source>Export sheet</source>
        <translation>Export sheet</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="404"/>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="409"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="411"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ScanDialog</name>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="187"/>
        <source>The bus no longer exists.</source>
        <translation>The bus no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="191"/>
        <source>The bus is busy with another run; Start is possible when it ends.</source>
        <translation>The bus is busy with another run; Start is possible when it ends.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="193"/>
        <source>The first address must not be greater than the last.</source>
        <translation>The first address must not be greater than the last.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="195"/>
        <source>The mask is 8 digits of the id (0–9, F for any digit) or 16 hex digits (id, manufacturer, version, medium; FF… for any).</source>
        <translation>The mask is 8 digits of the id (0–9, F for any digit) or 16 hex digits (id, manufacturer, version, medium; FF… for any).</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="249"/>
        <source>Elapsed %1:%2</source>
        <translation>Elapsed %1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="268"/>
        <source>Scanning… %n meter(s) found</source>
        <translation>
            <numerusform>Scanning… %n meter found</numerusform>
            <numerusform>Scanning… %n meters found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="270"/>
        <source>Stopped: %n meter(s) found</source>
        <translation>
            <numerusform>Stopped: %n meter found</numerusform>
            <numerusform>Stopped: %n meters found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="272"/>
        <source>Finished: %n meter(s) found in %1 s</source>
        <translation>
            <numerusform>Finished: %n meter found in %1 s</numerusform>
            <numerusform>Finished: %n meters found in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="275"/>
        <source>Choose a range and press Start.</source>
        <translation>Choose a range and press Start.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="285"/>
        <source>Scan bus %1</source>
        <translation>Scan bus %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="286"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="287"/>
        <source>&amp;Primary addresses</source>
        <translation>&amp;Primary addresses</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="288"/>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="289"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="290"/>
        <source>S&amp;econdary addresses</source>
        <translation>S&amp;econdary addresses</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="291"/>
        <source>&amp;mask</source>
        <translation>&amp;mask</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="293"/>
        <source>8 id digits (F = any digit), or 16 hex digits: id, manufacturer, version, medium</source>
        <translation>8 id digits (F = any digit), or 16 hex digits: id, manufacturer, version, medium</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="294"/>
        <source>Ids with &amp;hex digits (A–E)</source>
        <translation>Ids with &amp;hex digits (A–E)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="295"/>
        <source>Also try A–E in each digit, for meters whose id is not BCD (slower)</source>
        <translation>Also try A–E in each digit, for meters whose id is not BCD (slower)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="296"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="297"/>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="298"/>
        <source>&amp;Add found meters to this bus</source>
        <translation>&amp;Add found meters to this bus</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="299"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::SiteDialog</name>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="12"/>
        <source>Edit site</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="12"/>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="14"/>
        <source>for example Heping heating station</source>
        <translation>for example Heping heating station</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="17"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="24"/>
        <source>Site %1 is not in the database (removed meanwhile?).</source>
        <translation>Site %1 is not in the database (removed meanwhile?).</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="33"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::StatusHistoryModel</name>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="74"/>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="81"/>
        <source>Guessed from the traffic: a transparent M-Bus master shows this only on its LEDs.</source>
        <translation>Guessed from the traffic: a transparent M-Bus master shows this only on its LEDs.</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="109"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="111"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="113"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="115"/>
        <source>Inferred</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="117"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::TelegramMonitor</name>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="225"/>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="231"/>
        <source>Save traffic</source>
        <translation>Save traffic</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="226"/>
        <source>Trace lines (*.txt *.log);;All files (*)</source>
        <translation>Trace lines (*.txt *.log);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="231"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="235"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="235"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="237"/>
        <source>Paused, %n new</source>
        <translation>
            <numerusform>Paused, %n new</numerusform>
            <numerusform>Paused, %n new</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="241"/>
        <source>%1 of %2 records</source>
        <translation>%1 of %2 records</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="260"/>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="261"/>
        <source>All buses</source>
        <translation>All buses</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="262"/>
        <source>&amp;Meter:</source>
        <translation>&amp;Meter:</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="263"/>
        <source>address or id</source>
        <translation>address or id</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="265"/>
        <source>A primary address (5) matches A=5; other text is searched in the decoded column.</source>
        <translation>A primary address (5) matches A=5; other text is searched in the decoded column.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="266"/>
        <source>&amp;Errors only</source>
        <translation>&amp;Errors only</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="267"/>
        <source>Checksum errors, garbage, timeouts and collisions</source>
        <translation>Checksum errors, garbage, timeouts and collisions</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="268"/>
        <source>Keep the view still; new records are counted and shown on resume</source>
        <translation>Keep the view still; new records are counted and shown on resume</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="269"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="270"/>
        <source>Copy the selected rows as trace lines (Ctrl+C)</source>
        <translation>Copy the selected rows as trace lines (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="271"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="272"/>
        <source>Save the rows shown as trace lines</source>
        <translation>Save the rows shown as trace lines</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="273"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::TrafficTableModel</name>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="84"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="86"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="88"/>
        <source>echo</source>
        <translation>echo</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="90"/>
        <source>garbage</source>
        <translation>garbage</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="92"/>
        <source>checksum error</source>
        <translation>checksum error</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="94"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="96"/>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="98"/>
        <source>collision</source>
        <translation>collision</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="100"/>
        <source>unsolicited</source>
        <translation>unsolicited</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="102"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="137"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="165"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="167"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="169"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="171"/>
        <source>Bytes (hex)</source>
        <translation>Bytes (hex)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="173"/>
        <source>Decoded</source>
        <translation>Decoded</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::UserImportDialog</name>
    <message>
        <location filename="../ui/users/UserImportDialog.cpp" line="10"/>
        <location filename="../ui/users/UserImportDialog.cpp" line="19"/>
        <source>Import heat users</source>
        <translation>Import heat users</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportDialog.cpp" line="11"/>
        <source>The first line names the columns: account (required), name, community, building, unit, room, area_m2, contact (or phone); to assign a meter also meter (its number) and valid_from (yyyy-MM-dd, default today). A new account is added, an existing one updated. UTF-8, separated by commas, semicolons or tabs. Excel and WPS sheets: save them as &quot;CSV UTF-8&quot; first (XLSX is not read). Nothing is imported while any line has a problem.</source>
        <translation>The first line names the columns: account (required), name, community, building, unit, room, area_m2, contact (or phone); to assign a meter also meter (its number) and valid_from (yyyy-MM-dd, default today). A new account is added, an existing one updated. UTF-8, separated by commas, semicolons or tabs. Excel and WPS sheets: save them as &quot;CSV UTF-8&quot; first (XLSX is not read). Nothing is imported while any line has a problem.</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportDialog.cpp" line="38"/>
        <source>Imported: %1, %2, %3.</source>
        <translation>Imported: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="39"/>
        <source>%n new heat user(s)</source>
        <translation>
            <numerusform>%n new heat user</numerusform>
            <numerusform>%n new heat users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="39"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="40"/>
        <source>%n meter(s) assigned</source>
        <translation>
            <numerusform>%n meter assigned</numerusform>
            <numerusform>%n meters assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="44"/>
        <source>%n line(s) ready to import.</source>
        <translation>
            <numerusform>%n line ready to import.</numerusform>
            <numerusform>%n lines ready to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::UserImportModel</name>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="17"/>
        <source>OK, updates the account</source>
        <translation>OK, updates the account</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="17"/>
        <source>OK, new</source>
        <translation>OK, new</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="35"/>
        <source>%1 (assigned already)</source>
        <translation>%1 (assigned already)</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="50"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="54"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="58"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="60"/>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="62"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="64"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="66"/>
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="68"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="70"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="72"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::history::ConsumptionChart</name>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="191"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="194"/>
        <source>Week (from Monday)</source>
        <translation>Week (from Monday)</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="197"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="200"/>
        <source>Heat consumption (MWh)</source>
        <translation>Heat consumption (MWh)</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="200"/>
        <source>Heat consumption (kWh)</source>
        <translation>Heat consumption (kWh)</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="201"/>
        <source>Heat consumption</source>
        <translation>Heat consumption</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="209"/>
        <source>No energy values in this period.</source>
        <translation>No energy values in this period.</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="211"/>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="212"/>
        <location filename="../ui/history/ConsumptionChart.cpp" line="239"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="214"/>
        <source>Total %1 over %n day(s)</source>
        <translation>
            <numerusform>Total %1 over %n day</numerusform>
            <numerusform>Total %1 over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="215"/>
        <source>Total %1 over %n week(s)</source>
        <translation>
            <numerusform>Total %1 over %n week</numerusform>
            <numerusform>Total %1 over %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="216"/>
        <source>Total %1 over %n month(s)</source>
        <translation>
            <numerusform>Total %1 over %n month</numerusform>
            <numerusform>Total %1 over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="219"/>
        <source>%n register drop(s) skipped (meter replaced or register rolled over), amber bars</source>
        <translation>
            <numerusform>%n register drop skipped (meter replaced or register rolled over), amber bar</numerusform>
            <numerusform>%n register drops skipped (meter replaced or register rolled over), amber bars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="238"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="243"/>
        <source>Readings cover %1 % of it</source>
        <translation>Readings cover %1 % of it</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="247"/>
        <source>%n register drop(s) skipped here: meter replaced or register rolled over</source>
        <translation>
            <numerusform>%n register drop skipped here: meter replaced or register rolled over</numerusform>
            <numerusform>%n register drops skipped here: meter replaced or register rolled over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::history::HistoryTableModel</name>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="84"/>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="86"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="88"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="90"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="92"/>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="94"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="96"/>
        <source>ΔT</source>
        <translation>ΔT</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="118"/>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="121"/>
        <source>application error</source>
        <translation>application error</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="124"/>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="127"/>
        <source>power low</source>
        <translation>power low</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="130"/>
        <source>permanent error</source>
        <translation>permanent error</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="133"/>
        <source>temporary error</source>
        <translation>temporary error</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="136"/>
        <source>manufacturer flag 1</source>
        <translation>manufacturer flag 1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="139"/>
        <source>manufacturer flag 2</source>
        <translation>manufacturer flag 2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="142"/>
        <source>manufacturer flag 3</source>
        <translation>manufacturer flag 3</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="145"/>
        <source>error flags set</source>
        <translation>error flags set</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="148"/>
        <source>value marked erroneous</source>
        <translation>value marked erroneous</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="153"/>
        <source>valve closed</source>
        <translation>valve closed</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="155"/>
        <source>valve abnormal</source>
        <translation>valve abnormal</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="157"/>
        <source>battery low</source>
        <translation>battery low</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="158"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="170"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="171"/>
        <location filename="../ui/history/HistoryTableModel.cpp" line="195"/>
        <source>unusable</source>
        <translation>unusable</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="172"/>
        <source>%1 %2 → %3 %4: %5</source>
        <translation>%1 %2 → %3 %4: %5</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="237"/>
        <source>Corrected to %1 %2</source>
        <translation>Corrected to %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="237"/>
        <source>Declared unusable</source>
        <translation>Declared unusable</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="239"/>
        <source>As read from the meter: %1 %2</source>
        <translation>As read from the meter: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="240"/>
        <source>The meter sent no value</source>
        <translation>The meter sent no value</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="241"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="242"/>
        <source>By %1 on %2</source>
        <translation>By %1 on %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryTableModel.cpp" line="244"/>
        <source>Replaces %n earlier correction(s)</source>
        <translation>
            <numerusform>Replaces %n earlier correction</numerusform>
            <numerusform>Replaces %n earlier corrections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="248"/>
        <source>Reading %1 (workstation clock)</source>
        <translation>Reading %1 (workstation clock)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="250"/>
        <source>The meter&apos;s own clock</source>
        <translation>The meter&apos;s own clock</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="273"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="276"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="278"/>
        <source>Meter time</source>
        <translation>Meter time</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="280"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="282"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="286"/>
        <source>Temperature difference supply − return, as the meter reports it</source>
        <translation>Temperature difference supply − return, as the meter reports it</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::history::TemperatureChart</name>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="114"/>
        <source>ΔT</source>
        <translation>ΔT</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="128"/>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="129"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="130"/>
        <source>ΔT (right axis)</source>
        <translation>ΔT (right axis)</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="131"/>
        <source>ΔT band</source>
        <translation>ΔT band</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="132"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="133"/>
        <source>Temperature (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="134"/>
        <source>ΔT (K)</source>
        <translation>ΔT (K)</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="275"/>
        <source>%1
%2: %3 %4</source>
        <translation>%1
%2: %3 %4</translation>
    </message>
</context>
</TS>
