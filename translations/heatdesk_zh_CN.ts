<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HistoryExport</name>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="29"/>
        <location filename="../ui/history/HistoryExport.cpp" line="32"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="67"/>
        <location filename="../ui/history/HistoryExport.cpp" line="89"/>
        <source>The chart has no size yet: show it once, then export it</source>
        <translation>图表尚未显示过，没有尺寸：请先显示一次再导出</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="82"/>
        <source>Cannot encode the chart as PNG</source>
        <translation>无法将图表编码为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryExport.cpp" line="103"/>
        <source>Cannot draw the chart as SVG</source>
        <translation>无法将图表绘制为 SVG</translation>
    </message>
</context>
<context>
    <name>heatdesk</name>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Preparing the demo district…</source>
        <translation>正在准备演示小区…</translation>
    </message>
</context>
<context>
    <name>heatdesk::bus::BusEngine</name>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="433"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="434"/>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="436"/>
        <source>no link</source>
        <translation>没有链路</translation>
    </message>
    <message>
        <location filename="../core/bus/BusEngine.cpp" line="444"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
</context>
<context>
    <name>heatdesk::bus::BusStatusInference</name>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="38"/>
        <source>%1 of %2 addresses answered cleanly, %3 silent, %4 garbled (%5 garbage bytes, %6 checksum errors, %7 collisions)</source>
        <translation>%2 个地址中 %1 个应答正常，%3 个无应答，%4 个乱码（%5 个乱码字节，%6 次校验和错误，%7 次冲突）</translation>
    </message>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="49"/>
        <source>nothing asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="57"/>
        <source>inferred: %1; no byte came back from the bus</source>
        <translation>推断：%1；总线上没有返回任何字节</translation>
    </message>
    <message>
        <location filename="../core/bus/BusStatus.cpp" line="68"/>
        <source>inferred: %1</source>
        <translation>推断：%1</translation>
    </message>
</context>
<context>
    <name>heatdesk::link::DtuLink</name>
    <message>
        <location filename="../core/link/DtuLink.cpp" line="50"/>
        <source>%1: the DTU&apos;s connection ended</source>
        <translation>%1：DTU 的连接已断开</translation>
    </message>
    <message>
        <location filename="../core/link/DtuLink.cpp" line="61"/>
        <source>%1: the DTU has not dialled in</source>
        <translation>%1：DTU 尚未拨入</translation>
    </message>
</context>
<context>
    <name>heatdesk::link::SerialLink</name>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="78"/>
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="90"/>
        <source>not supported by this device</source>
        <translation>此设备不支持</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="96"/>
        <source>%1 refused the line settings (%2); pseudo terminals need --parity none</source>
        <translation>%1 拒绝了线路设置（%2）；伪终端需要 --parity none</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="107"/>
        <source>%1 cannot check parity on input (%2)</source>
        <translation>%1 无法对接收数据做奇偶校验（%2）</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="144"/>
        <source>serial port %1 does not exist (%2)</source>
        <translation>串口 %1 不存在（%2）</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="149"/>
        <source>serial port %1 is busy or access is denied (%2)</source>
        <translation>串口 %1 被占用或无权访问（%2）</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="153"/>
        <location filename="../core/link/SerialLink.cpp" line="167"/>
        <source>serial port %1 went away (%2)</source>
        <translation>串口 %1 已断开（%2）</translation>
    </message>
    <message>
        <location filename="../core/link/SerialLink.cpp" line="157"/>
        <location filename="../core/link/SerialLink.cpp" line="160"/>
        <source>serial port %1: %2</source>
        <translation>串口 %1：%2</translation>
    </message>
</context>
<context>
    <name>heatdesk::link::TcpLink</name>
    <message>
        <location filename="../core/link/TcpLink.cpp" line="121"/>
        <source>%1: the connection was closed by the other side</source>
        <translation>%1：连接被对方关闭</translation>
    </message>
    <message>
        <location filename="../core/link/TcpLink.cpp" line="151"/>
        <source>%1: no connection within %2 ms</source>
        <translation>%1：%2 毫秒内未能连接</translation>
    </message>
</context>
<context>
    <name>heatdesk::station::Station</name>
    <message>
        <location filename="../core/station/Station.cpp" line="145"/>
        <source>the DTU port is not listening</source>
        <translation>DTU 端口未在监听</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="147"/>
        <source>channel disabled</source>
        <translation>通道已停用</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="176"/>
        <source>channel %1 is not set up</source>
        <translation>通道 %1 未建立</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="259"/>
        <source>dtu_listen: &apos;%1&apos; is not HOST:PORT</source>
        <translation>dtu_listen：“%1”不是 HOST:PORT 格式</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="287"/>
        <source>DTU port %1: %2</source>
        <translation>DTU 端口 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="314"/>
        <location filename="../core/station/Station.cpp" line="336"/>
        <location filename="../core/station/Station.cpp" line="354"/>
        <location filename="../core/station/Station.cpp" line="490"/>
        <source>unknown bus</source>
        <translation>未知总线</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="427"/>
        <source>bus %1 is already being read</source>
        <translation>总线 %1 正在抄读中</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="430"/>
        <source>%1 is not connected yet</source>
        <translation>%1 尚未连接</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="431"/>
        <source>%1 is not connected: %2</source>
        <translation>%1 未连接：%2</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="359"/>
        <source>bus %1 has no meters to read</source>
        <translation>总线 %1 上没有可抄读的热表</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="375"/>
        <source>&apos;%1&apos; is not a CJ/T 188 address (14 digits)</source>
        <translation>“%1”不是 CJ/T 188 地址（应为 14 位）</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="397"/>
        <source>none of the chosen meters can be read on bus %1</source>
        <translation>所选热表均无法在总线 %1 上抄读</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="443"/>
        <source>meter %1 is no CJ/T 188 meter: it has no valve HeatDesk can switch</source>
        <translation>表 %1 不是 CJ/T 188 表：HeatDesk 无法控制它的阀门</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="455"/>
        <location filename="../core/station/Station.cpp" line="483"/>
        <source>unknown meter</source>
        <translation>未知的表</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="471"/>
        <source>meter %1 is a CJ/T 188 meter: it has no M-Bus link to reset</source>
        <translation>表 %1 是 CJ/T 188 表：没有可复位的 M-Bus 链路</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="591"/>
        <source>the CJ/T 188 reply did not decode as current data</source>
        <translation>CJ/T 188 应答无法解析为当前数据</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="620"/>
        <source>waiting: another bus on this line is being read</source>
        <translation>等待中：此线路上的另一条总线正在抄读</translation>
    </message>
    <message>
        <location filename="../core/station/Station.cpp" line="683"/>
        <source>answer came from meter %1, expected %2</source>
        <translation>应答来自热表 %1，应为 %2</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::AssignMeterDialog</name>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="34"/>
        <source>Assign a meter to %1 %2</source>
        <translation>为 %1 %2 关联热表</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="40"/>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="41"/>
        <source>As printed on the meter.</source>
        <translation>与表上印的一致。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="42"/>
        <source>Valid &amp;from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="43"/>
        <source>The day the meter starts measuring this user (from 00:00).</source>
        <translation>该表开始计量此热用户的日期（自 00:00 起）。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="48"/>
        <source>The meter replaces meter %1: end that assignment on this date</source>
        <translation>此表替换热表 %1：在该日期结束原关联</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="72"/>
        <source>Enter the meter&apos;s number.</source>
        <translation>请输入表号。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="74"/>
        <source>No meter has number %1.</source>
        <translation>没有表号为 %1 的热表。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="76"/>
        <source>Meter %1 measures this user already.</source>
        <translation>热表 %1 已在计量此热用户。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="80"/>
        <source>Meter %1 measures %2 since %3: end that assignment on this date (moved out)</source>
        <translation>热表 %1 自 %3 起计量 %2：在该日期结束该关联（已搬离）</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="83"/>
        <source>Meter %1 measures %2 since %3. Tick below to end that assignment, or choose another meter.</source>
        <translation>热表 %1 自 %3 起计量 %2。请勾选下方选项结束该关联，或选择其他热表。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="92"/>
        <source>The meter&apos;s current assignment starts on %1: choose a later date.</source>
        <translation>该表当前的关联始于 %1：请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="95"/>
        <source>Meter %1 measures this user since %2: choose a later date.</source>
        <translation>热表 %1 自 %2 起计量此热用户：请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../ui/users/AssignMeterDialog.cpp" line="111"/>
        <source>meter %1 measured another user in that period: choose a date after that assignment ended</source>
        <translation>热表 %1 在该期间计量过其他热用户：请选择该关联结束之后的日期</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusDiagnostics</name>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="129"/>
        <source>Traffic counters</source>
        <translation>通信计数</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="130"/>
        <source>Bus status history</source>
        <translation>总线状态历史</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="131"/>
        <source>&amp;Reset counters</source>
        <translation>计数清零(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="132"/>
        <source>&amp;Scan bus…</source>
        <translation>扫描总线(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusDiagnostics.cpp" line="133"/>
        <source>Look for meters on the selected bus</source>
        <translation>在所选总线上查找热表</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusDialog</name>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="12"/>
        <source>Edit bus</source>
        <translation>编辑总线</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="12"/>
        <source>New bus</source>
        <translation>新建总线</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="14"/>
        <source>for example Building 3, riser 1</source>
        <translation>例如：3号楼 1号立管</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="15"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="22"/>
        <source>Bus %1 is not in the database (removed meanwhile?).</source>
        <translation>数据库中没有总线 %1（可能已被删除？）。</translation>
    </message>
    <message>
        <location filename="../ui/config/BusDialog.cpp" line="31"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusStatusText</name>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="9"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="11"/>
        <source>Reading %1/%2</source>
        <translation>抄读中 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="11"/>
        <source>Reading</source>
        <translation>抄读中</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="13"/>
        <source>No load suspected</source>
        <translation>疑似空载</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="15"/>
        <source>Overload suspected</source>
        <translation>疑似过载</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/BusStatusText.cpp" line="17"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::BusTreeModel</name>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="221"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="223"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="225"/>
        <source>reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="227"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="227"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="231"/>
        <source>%1 (inferred)</source>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="236"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="238"/>
        <source>stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="238"/>
        <source>never read</source>
        <translation>从未抄读</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="240"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="242"/>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="261"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="261"/>
        <source>Read bus</source>
        <translation>抄读总线</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="263"/>
        <source>Read</source>
        <translation>抄读</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="314"/>
        <source>Inferred from the traffic, not reported by the device:
%1</source>
        <translation>根据通信情况推断，并非设备上报：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="319"/>
        <source>Last read failed: %1</source>
        <translation>上次抄读失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="321"/>
        <source>The meter reports a status condition; see the meter panel.</source>
        <translation>热表上报了状态异常，详见热表面板。</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="323"/>
        <source>No reading for more than a day.</source>
        <translation>超过一天没有读数。</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="323"/>
        <source>Never read.</source>
        <translation>从未抄读。</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="373"/>
        <source>Site / channel / bus / meter</source>
        <translation>站点 / 通道 / 总线 / 热表</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="375"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="377"/>
        <source>Last reading</source>
        <translation>最近抄读</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="379"/>
        <source>Energy (kWh)</source>
        <translation>热量（kWh）</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="381"/>
        <source>Heat user</source>
        <translation>热用户</translation>
    </message>
    <message>
        <location filename="../ui/main/BusTreeModel.cpp" line="383"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ChannelDialog</name>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="49"/>
        <source>Read the buses of this channel</source>
        <translation>抄读此通道下的总线</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="50"/>
        <source>Edit channel</source>
        <translation>编辑通道</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="50"/>
        <source>New channel</source>
        <translation>新建通道</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="51"/>
        <source>for example Boiler room COM3</source>
        <translation>例如：锅炉房 COM3</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="52"/>
        <source>Serial port (RS-232 / USB M-Bus master)</source>
        <translation>串口（RS-232 / USB M-Bus 主站）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="53"/>
        <source>Serial server over TCP</source>
        <translation>串口服务器（TCP）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="54"/>
        <source>GPRS DTU dialling in</source>
        <translation>GPRS DTU（主动连入）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="57"/>
        <source>COM3, /dev/ttyUSB0, /dev/pts/5</source>
        <translation>COM3、/dev/ttyUSB0、/dev/pts/5</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="64"/>
        <source>%1 Bd</source>
        <translation>%1 Bd</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="65"/>
        <source>Even (8E1, M-Bus)</source>
        <translation>偶校验（8E1，M-Bus）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="66"/>
        <source>None (8N1)</source>
        <translation>无校验（8N1）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="67"/>
        <source>Odd (8O1)</source>
        <translation>奇校验（8O1）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="68"/>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="70"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="71"/>
        <source>the ID the DTU sends when it registers</source>
        <translation>DTU 注册时发送的 ID</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="72"/>
        <source>Text (ASCII)</source>
        <translation>文本（ASCII）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="73"/>
        <source>Hex bytes</source>
        <translation>十六进制字节</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="80"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="83"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="84"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="85"/>
        <source>&amp;Port:</source>
        <translation>串口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="86"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="87"/>
        <source>TCP p&amp;ort:</source>
        <translation>TCP 端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="88"/>
        <source>&amp;DTU ID:</source>
        <translation>DTU ID(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="89"/>
        <source>ID &amp;format:</source>
        <translation>ID 格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="75"/>
        <source>Plain (registration packet, then transparent)</source>
        <translation>普通（注册包，之后透传）</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="76"/>
        <source>Hongdian DDP</source>
        <translation>宏电 DDP</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="77"/>
        <source>Four-Faith PROT mode</source>
        <translation>四信 PROT 模式</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="90"/>
        <source>Fra&amp;ming:</source>
        <translation>封装协议(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="91"/>
        <source>How the DTU wraps the bus bytes, as set in the DTU. Hongdian DDP: the ID is 11 characters, usually the SIM number. Four-Faith: the ID is 8 hex digits.</source>
        <translation>DTU 如何封装总线数据，须与 DTU 中的设置一致。宏电 DDP：ID 为 11 个字符，通常是 SIM 卡号。四信：ID 为 8 位十六进制数字。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="203"/>
        <source>A Four-Faith DTU ID is 8 hex digits.</source>
        <translation>四信 DTU 的 ID 为 8 位十六进制数字。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="204"/>
        <source>A Hongdian DDP DTU ID is 11 characters, usually the SIM number.</source>
        <translation>宏电 DDP DTU 的 ID 为 11 个字符，通常是 SIM 卡号。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="211"/>
        <source>A Four-Faith DTU sends its ID as 4 bytes: choose Hex bytes.</source>
        <translation>四信 DTU 以 4 个字节发送其 ID：请选择“十六进制字节”。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="93"/>
        <source>&amp;Baud rate:</source>
        <translation>波特率(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="94"/>
        <source>M-Bus meters speak 300 to 9600 Bd, most 2400. Behind a server or DTU: the rate of the line behind it, which sets the answer timing.</source>
        <translation>M-Bus 热表的通信速率为 300 至 9600 Bd，多数为 2400。经串口服务器或 DTU 连接时，填其后端线路的速率，它决定应答时序。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="96"/>
        <source>P&amp;arity:</source>
        <translation>校验位(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="97"/>
        <source>Real M-Bus level converters use Even. Pseudo terminals (the simulator, socat) cannot carry parity: choose None for them.</source>
        <translation>实际的 M-Bus 电平转换器使用偶校验。伪终端（模拟器、socat）无法传递校验位，请选择无校验。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="99"/>
        <source>&amp;Latency:</source>
        <translation>附加延迟(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="100"/>
        <source>Added to every answer window: what a TCP server or GPRS link delays the bytes.</source>
        <translation>加到每个应答等待时间上：即 TCP 串口服务器或 GPRS 链路带来的传输延迟。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="101"/>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="129"/>
        <source>The stored settings do not read (%1); saving replaces them.</source>
        <translation>已保存的设置无法读取（%1）；保存后将被替换。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="133"/>
        <source>Channel %1 is not in the database (removed meanwhile?).</source>
        <translation>数据库中没有通道 %1（可能已被删除？）。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="184"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="189"/>
        <source>Choose or type the serial port.</source>
        <translation>请选择或输入串口。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="190"/>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="193"/>
        <source>Enter the server&apos;s TCP port (1 to 65535).</source>
        <translation>请输入服务器的 TCP 端口（1 至 65535）。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="207"/>
        <source>Enter the DTU ID as an even number of hex digits (0-9, A-F).</source>
        <translation>请以偶数位十六进制数字（0-9、A-F）输入 DTU ID。</translation>
    </message>
    <message>
        <location filename="../ui/config/ChannelDialog.cpp" line="208"/>
        <source>Enter the DTU ID.</source>
        <translation>请输入 DTU ID。</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ConfigDialog</name>
    <message>
        <location filename="../ui/config/ConfigDialog.cpp" line="152"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ConfigurationActions</name>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="45"/>
        <source>Add &amp;site…</source>
        <translation>添加站点(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="46"/>
        <source>Add &amp;channel…</source>
        <translation>添加通道(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="47"/>
        <source>Add &amp;bus…</source>
        <translation>添加总线(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="48"/>
        <source>Add &amp;meter…</source>
        <translation>添加热表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="49"/>
        <source>&amp;Edit selected…</source>
        <translation>编辑所选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="50"/>
        <source>&amp;Import meters from CSV…</source>
        <translation>从 CSV 导入热表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="77"/>
        <source>Select the site the channel belongs to.</source>
        <translation>请先选择通道所属的站点。</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="83"/>
        <source>Select the channel the bus is on.</source>
        <translation>请先选择总线所在的通道。</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="89"/>
        <source>Select the bus the meter is on.</source>
        <translation>请先选择热表所在的总线。</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="97"/>
        <source>Select a site, channel, bus or meter to edit.</source>
        <translation>请选择要编辑的站点、通道、总线或热表。</translation>
    </message>
    <message>
        <location filename="../ui/main/ConfigurationActions.cpp" line="121"/>
        <source>Select the bus to import meters into.</source>
        <translation>请选择要导入热表的总线。</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::CountersTableModel</name>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="92"/>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="94"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="96"/>
        <source>Answers</source>
        <translation>应答</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="98"/>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="100"/>
        <source>Checksum errors</source>
        <translation>校验错误</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="102"/>
        <source>Collisions</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="104"/>
        <source>Retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/CountersTableModel.cpp" line="106"/>
        <source>Garbage bytes</source>
        <translation>乱码字节</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::DomainText</name>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="18"/>
        <source>serial port</source>
        <translation>串口</translation>
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
        <translation>热量（出水）</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="33"/>
        <source>heat (inlet)</source>
        <translation>热量（进水）</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="34"/>
        <source>heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="35"/>
        <source>heat and cooling</source>
        <translation>冷热量</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="36"/>
        <source>cooling (outlet)</source>
        <translation>冷量（出水）</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="37"/>
        <source>cooling (inlet)</source>
        <translation>冷量（进水）</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="38"/>
        <source>cooling</source>
        <translation>冷量</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="39"/>
        <source>warm water</source>
        <translation>温水</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="40"/>
        <source>hot water</source>
        <translation>热水</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="41"/>
        <source>cold water</source>
        <translation>冷水</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="42"/>
        <source>water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="43"/>
        <source>gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="44"/>
        <source>electricity</source>
        <translation>电</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="45"/>
        <source>heat cost allocator</source>
        <translation>热分配表</translation>
    </message>
    <message>
        <location filename="../ui/main/DomainText.cpp" line="46"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::FoundMetersModel</name>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="102"/>
        <source>garbled — two meters on one address?</source>
        <translation>报文混乱——同一地址上有两块表？</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="128"/>
        <source>Primary</source>
        <translation>一次地址</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="130"/>
        <source>Secondary id</source>
        <translation>二次地址</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="132"/>
        <source>Manufacturer</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="134"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="136"/>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/FoundMetersModel.cpp" line="138"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HeatUserDialog</name>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="25"/>
        <source>&amp;Account:</source>
        <translation>户号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="26"/>
        <source>The heat-card or account number, as the billing system has it.</source>
        <translation>热卡号或户号，与收费系统中的一致。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="28"/>
        <source>&amp;Community:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="29"/>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="30"/>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="31"/>
        <source>&amp;Room:</source>
        <translation>房号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="32"/>
        <source>&amp;Heated area (m²):</source>
        <translation>供热面积（m²）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="33"/>
        <source>The area the basic price is charged on; empty when not known yet.</source>
        <translation>计收基本热费的面积；尚不清楚时留空。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="34"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="51"/>
        <source>Heat user %1</source>
        <translation>热用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="54"/>
        <source>Cannot load the heat user: %1</source>
        <translation>无法加载热用户：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="56"/>
        <source>Add heat user</source>
        <translation>添加热用户</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="80"/>
        <source>An account number is required.</source>
        <translation>必须填写户号。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="82"/>
        <source>Account %1 belongs to %2 already.</source>
        <translation>户号 %1 已属于 %2。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUserDialog.cpp" line="88"/>
        <source>The heated area is a number of square metres, 0 or more.</source>
        <translation>供热面积须为不小于 0 的平方米数。</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HeatUsersDialog</name>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="59"/>
        <source>&amp;Payments…</source>
        <translation>缴费(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="47"/>
        <source>Show &amp;deactivated</source>
        <translation>显示已停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="55"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="57"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="58"/>
        <source>Assign &amp;meter…</source>
        <translation>关联热表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="60"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="61"/>
        <source>Heat users</source>
        <translation>热用户</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="63"/>
        <source>Account, name, community, building, room or phone</source>
        <translation>户号、姓名、小区、楼栋、房号或电话</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="83"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="110"/>
        <source>Meter</source>
        <translation>热表</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="110"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="110"/>
        <source>Valid to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="180"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/HeatUsersDialog.cpp" line="199"/>
        <source>%n heat user(s)</source>
        <translation>
            <numerusform>%n 户热用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="56"/>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="227"/>
        <source>Dea&amp;ctivate…</source>
        <translation>停用(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="227"/>
        <source>Rea&amp;ctivate</source>
        <translation>重新启用(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="232"/>
        <source>A meter was assigned to this user: its history stays, deactivate it instead.</source>
        <translation>此热用户曾关联过热表，其历史数据须保留：请改为停用。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="241"/>
        <source>Meter assignments: select a heat user.</source>
        <translation>热表关联记录：请选择一户热用户。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="245"/>
        <source>Meter assignments of %1:</source>
        <translation>%1 的热表关联记录：</translation>
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
        <translation>仍在关联</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="293"/>
        <source>Not reactivated: %1</source>
        <translation>未能重新启用：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="296"/>
        <source>Deactivate heat user</source>
        <translation>停用热用户</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="297"/>
        <source>Deactivate heat user %1? Its meter assignments end now, so the meters can measure the next tenant. Its readings and history stay.</source>
        <translation>停用热用户 %1？其热表关联将立即结束，热表可用于计量下一位住户。其读数和历史数据将保留。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="303"/>
        <source>Not deactivated: %1</source>
        <translation>未能停用：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="314"/>
        <source>Delete heat user</source>
        <translation>删除热用户</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="315"/>
        <source>Delete heat user %1? No meter was ever assigned to it, so no history is lost.</source>
        <translation>删除热用户 %1？该热用户从未关联过热表，不会丢失历史数据。</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersDialog.cpp" line="318"/>
        <source>Not deleted: %1</source>
        <translation>未能删除：%1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HeatUsersModel</name>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="68"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="68"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="79"/>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="81"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="83"/>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="85"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="87"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="89"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="91"/>
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="93"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="95"/>
        <source>Meter</source>
        <translation>热表</translation>
    </message>
    <message>
        <location filename="../ui/users/HeatUsersModel.cpp" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="234"/>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="236"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="237"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="238"/>
        <location filename="../ui/history/HistoryView.cpp" line="342"/>
        <source>first reading</source>
        <translation>首次读数</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="239"/>
        <source>First day shown</source>
        <translation>显示的第一天</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="240"/>
        <source>Last day shown (included)</source>
        <translation>显示的最后一天（含当天）</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="246"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="247"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="248"/>
        <source>This heating season</source>
        <translation>本采暖季</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="249"/>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="250"/>
        <source>Last 5 years</source>
        <translation>最近 5 年</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="251"/>
        <source>All readings</source>
        <translation>全部读数</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="252"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="261"/>
        <source>15 November %1 to 15 March %2</source>
        <translation>%1年11月15日至%2年3月15日</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="264"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="267"/>
        <source>Temperature chart as PNG…</source>
        <translation>温度曲线导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="269"/>
        <source>Temperature chart as SVG…</source>
        <translation>温度曲线导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="271"/>
        <source>Consumption chart as PNG…</source>
        <translation>用热量图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="273"/>
        <source>Consumption chart as SVG…</source>
        <translation>用热量图导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="276"/>
        <source>Readings as CSV…</source>
        <translation>读数导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="278"/>
        <source>&amp;Temperatures</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="279"/>
        <source>&amp;Consumption</source>
        <translation>用热量(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="280"/>
        <source>&amp;Reset zoom</source>
        <translation>复位缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="281"/>
        <source>Show the whole period again (Home)</source>
        <translation>重新显示整个时段（Home）</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="282"/>
        <source>Drag to zoom in, wheel to zoom, Shift+drag or ←/→ to move, +/− to zoom, Home or right-click to reset.</source>
        <translation>拖动框选放大，滚轮缩放，Shift+拖动或 ←/→ 平移，+/− 缩放，Home 或右键复位。</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="284"/>
        <source>&amp;Per:</source>
        <translation>统计(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="287"/>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="288"/>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="289"/>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="316"/>
        <source>alarm, power low</source>
        <translation>报警、电池欠压</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="326"/>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="329"/>
        <source>%1 — supply and return temperature, %2</source>
        <translation>%1 — 供回水温度，%2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="331"/>
        <source>%1 — heat consumption, %2</source>
        <translation>%1 — 用热量，%2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="341"/>
        <source>all readings</source>
        <translation>全部读数</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="343"/>
        <source>last reading</source>
        <translation>最近读数</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="344"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="540"/>
        <source>Choose a meter in the tree to see its history.</source>
        <translation>请在设备树中选择一块热表，查看其历史数据。</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="543"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="546"/>
        <source>Loading the readings of %1…</source>
        <translation>正在加载 %1 的读数…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="550"/>
        <source>%1 has no readings from %2.
Choose a longer period above.</source>
        <translation>%1 在 %2 期间没有读数。
请在上方选择更长的时段。</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="553"/>
        <source>The history cannot be read:
%1</source>
        <translation>无法读取历史数据：
%1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="587"/>
        <source>Nothing to export: no readings are shown</source>
        <translation>没有可导出的内容：当前未显示任何读数</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="610"/>
        <source>Export chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="610"/>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="612"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="612"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="617"/>
        <location filename="../ui/history/HistoryView.cpp" line="628"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="621"/>
        <source>Export readings as CSV</source>
        <translation>将读数导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="623"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="22"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="25"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="26"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="28"/>
        <source>CSV file (UTF-8)</source>
        <translation>CSV 文件（UTF-8）</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="35"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="84"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="108"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="108"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="120"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/ImportPreviewDialog.cpp" line="122"/>
        <source>%1 of %n line(s) have problems (see Status). Nothing was imported; correct the file and choose it again.</source>
        <translation>
            <numerusform>%n 行中有 %1 行存在问题（见“状态”列）。未导入任何内容；请修改文件后重新选择。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>About HeatDesk</source>
        <translation>关于 HeatDesk</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="193"/>
        <source>&lt;b&gt;HeatDesk&lt;/b&gt; %1&lt;br&gt;Remote reading of district-heating meters (EN 13757 M-Bus, CJ/T 188).&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;HeatDesk&lt;/b&gt; %1&lt;br&gt;供热计量远程集中抄表（EN 13757 M-Bus、CJ/T 188）。&lt;br&gt;依据 GNU GPL 第 3 版或更高版本授权。</translation>
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
        <translation>查找表号、地址（#5）、热用户或房号…  （Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="272"/>
        <source>Meter</source>
        <translation>热表</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="273"/>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>Bus diagnostics</source>
        <translation>总线诊断</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="275"/>
        <source>Telegram monitor</source>
        <translation>报文监视</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;Bus</source>
        <translation>总线(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="279"/>
        <source>&amp;Configure</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="281"/>
        <source>&amp;Heat users…</source>
        <translation>热用户(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="282"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="285"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="286"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Consumption &amp;sheets…</source>
        <translation>用热量报表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="288"/>
        <source>&amp;Read</source>
        <translation>抄读(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="289"/>
        <source>Read the selected buses or meters (F5)</source>
        <translation>抄读所选总线或热表（F5）</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="290"/>
        <source>Read &amp;all buses</source>
        <translation>抄读全部总线(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="291"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>Stop reading the selected bus (Esc)</source>
        <translation>停止抄读所选总线（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="293"/>
        <source>S&amp;can bus…</source>
        <translation>扫描总线(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="294"/>
        <source>&amp;Find meter</source>
        <translation>查找热表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="295"/>
        <source>&amp;About HeatDesk</source>
        <translation>关于 HeatDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="318"/>
        <source>Reading in progress</source>
        <translation>正在抄读</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="319"/>
        <source>%n bus(es) are being read. Stop them and quit?</source>
        <translation>
            <numerusform>%n 条总线正在抄读。停止抄读并退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377"/>
        <source>Not every channel could be set up: %1</source>
        <translation>部分通道未能建立：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="396"/>
        <source>%1: %2 of %3 meters read in %4 s</source>
        <translation>%1：已抄读 %2/%3 块表，用时 %4 秒</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Links: %1 of %2 up</source>
        <translation>链路在线：%1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="438"/>
        <source>Reading %n bus(es)</source>
        <translation>
            <numerusform>正在抄读 %n 条总线</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="438"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>NOT STORED (kept, retrying): %1</source>
        <translation>未存储（已保留，正在重试）：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="443"/>
        <source>Readings stored this session: %1</source>
        <translation>本次已存储读数：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="445"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="445"/>
        <source>No database</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="496"/>
        <source>Select a bus or meters to read.</source>
        <translation>请选择要抄读的总线或热表。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="523"/>
        <source>Select a bus whose channel is set up to scan it.</source>
        <translation>请选择所属通道已建立的总线进行扫描。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="552"/>
        <source>%n meter(s) added.</source>
        <translation>
            <numerusform>已添加 %n 块热表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="553"/>
        <source>%n meter(s) added; not added: %1</source>
        <translation>
            <numerusform>已添加 %n 块热表；未添加：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="636"/>
        <source>Open HeatDesk database</source>
        <translation>打开 HeatDesk 数据库</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="637"/>
        <source>HeatDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>HeatDesk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="641"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterCommands</name>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="34"/>
        <source>Meter reset (SND_NKE and application reset acknowledged).</source>
        <translation>表已复位（SND_NKE 和应用复位均已确认）。</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="35"/>
        <source>The meter did not acknowledge the reset: %1</source>
        <translation>表未确认复位：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="55"/>
        <source>R&amp;eset meter</source>
        <translation>复位表(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="56"/>
        <source>Send SND_NKE and the application reset to the selected M-Bus meter (for a meter that answers out of step or with another telegram than usual)</source>
        <translation>向所选 M-Bus 表发送 SND_NKE 和应用复位（用于应答错序或返回非常规报文的表）</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="58"/>
        <source>&amp;Open valve…</source>
        <translation>开阀(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="59"/>
        <source>Open the valve of the selected CJ/T 188 meter</source>
        <translation>打开所选 CJ/T 188 表的阀门</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="60"/>
        <source>C&amp;lose valve…</source>
        <translation>关阀(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="61"/>
        <source>Close the valve of the selected CJ/T 188 meter</source>
        <translation>关闭所选 CJ/T 188 表的阀门</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="62"/>
        <source>Read CJ/T 188 &amp;address</source>
        <translation>读取 CJ/T 188 表地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="63"/>
        <source>Ask the one CJ/T 188 meter on this bus for its address (broadcast: with several meters on the bus the answers collide)</source>
        <translation>询问本总线上唯一一块 CJ/T 188 表的地址（广播：总线上有多块表时应答会冲突）</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="71"/>
        <source>Resetting meter %1…</source>
        <translation>正在复位表 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="78"/>
        <source>Open the valve of meter %1? Heat will flow to the flat again.</source>
        <translation>打开表 %1 的阀门？该户将恢复供热。</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="79"/>
        <source>Close the valve of meter %1? The flat will get no heat until it is opened.</source>
        <translation>关闭表 %1 的阀门？在重新打开之前该户将停止供热。</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="81"/>
        <source>Open valve</source>
        <translation>开阀</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="81"/>
        <source>Close valve</source>
        <translation>关阀</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="87"/>
        <source>Opening the valve of meter %1…</source>
        <translation>正在打开表 %1 的阀门…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="88"/>
        <source>Closing the valve of meter %1…</source>
        <translation>正在关闭表 %1 的阀门…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="98"/>
        <source>Asking the CJ/T 188 meter on this bus for its address…</source>
        <translation>正在询问本总线上 CJ/T 188 表的地址…</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="105"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="107"/>
        <source>only garbled answers (several meters answering at once?)</source>
        <translation>只收到乱码应答（多块表同时应答？）</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="109"/>
        <source>the meter refused the command</source>
        <translation>表拒绝了该命令</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="111"/>
        <source>the meter did not confirm the new valve position</source>
        <translation>表未确认阀门的新位置</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="113"/>
        <source>the meter reports its valve as abnormal (blocked or without power)</source>
        <translation>表报告阀门异常（卡阻或断电）</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="115"/>
        <source>the line is not connected</source>
        <translation>线路未连接</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="117"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="119"/>
        <source>answers with checksum errors</source>
        <translation>应答校验和错误</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="121"/>
        <source>several meters answered at once</source>
        <translation>多块表同时应答</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="123"/>
        <source>no meter acknowledged the selection</source>
        <translation>没有表确认选址</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="131"/>
        <source>No CJ/T 188 address read: %1</source>
        <translation>未读到 CJ/T 188 表地址：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="134"/>
        <source>The CJ/T 188 meter on this bus has address %1</source>
        <translation>本总线上的 CJ/T 188 表地址为 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="136"/>
        <source>CJ/T 188 address</source>
        <translation>CJ/T 188 表地址</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="137"/>
        <source>The meter answered with address

%1</source>
        <translation>表应答的地址为

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="147"/>
        <source>Valve opened (confirmed by the meter).</source>
        <translation>阀门已打开（表已确认）。</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="148"/>
        <source>Valve closed (confirmed by the meter).</source>
        <translation>阀门已关闭（表已确认）。</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="150"/>
        <source>The valve did not open: %1</source>
        <translation>阀门未能打开：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterCommands.cpp" line="150"/>
        <source>The valve did not close: %1</source>
        <translation>阀门未能关闭：%1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterDialog</name>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="39"/>
        <source>Active: read this meter</source>
        <translation>启用：抄读此表</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="41"/>
        <source>Edit meter</source>
        <translation>编辑热表</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="41"/>
        <source>New meter</source>
        <translation>新建热表</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="42"/>
        <source>M-Bus (EN 13757)</source>
        <translation>M-Bus（EN 13757）</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="43"/>
        <source>CJ/T 188</source>
        <translation>CJ/T 188</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="46"/>
        <source>none (secondary addressing)</source>
        <translation>无（使用二次地址）</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="48"/>
        <source>16 hex digits: id, manufacturer, version, medium</source>
        <translation>16 位十六进制：表号、厂商、版本、介质</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="54"/>
        <source>for example Building 3, unit 2, room 301, kitchen</source>
        <translation>例如：3号楼 2单元 301室 厨房</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="55"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="57"/>
        <source>P&amp;rotocol:</source>
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="58"/>
        <source>&amp;Number:</source>
        <translation>表号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="59"/>
        <source>&amp;Primary address:</source>
        <translation>一次地址(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="60"/>
        <source>&amp;Secondary address:</source>
        <translation>二次地址(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="61"/>
        <source>Model pro&amp;file:</source>
        <translation>型号配置(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="62"/>
        <source>The CJ/T 188 dialect of the meter&apos;s make and model (byte orders, units, timing).</source>
        <translation>该厂家、型号热表所用的 CJ/T 188 变体（字节序、单位、时序）。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="64"/>
        <source>&amp;Medium:</source>
        <translation>介质(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="65"/>
        <source>&amp;Location:</source>
        <translation>安装位置(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="66"/>
        <source>&amp;Installed on:</source>
        <translation>安装日期(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="86"/>
        <source>Meter %1 is not in the database (removed meanwhile?).</source>
        <translation>数据库中没有热表 %1（可能已被删除？）。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="108"/>
        <source>8 digits, as printed on the meter</source>
        <translation>8 位数字，与表上印的一致</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="109"/>
        <source>14 hex digits, A6 to A0 as printed on the meter</source>
        <translation>14 位十六进制，A6 至 A0，与表上印的一致</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="166"/>
        <source>Choose M-Bus or CJ/T 188.</source>
        <translation>请选择 M-Bus 或 CJ/T 188。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="168"/>
        <source>An M-Bus meter number has 8 digits (0-9).</source>
        <translation>M-Bus 表号为 8 位数字（0-9）。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="170"/>
        <source>A CJ/T 188 meter number has 14 hex digits (0-9, A-F) and is not AAAAAAAAAAAAAA.</source>
        <translation>CJ/T 188 表号为 14 位十六进制数（0-9、A-F），且不能是 AAAAAAAAAAAAAA。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="172"/>
        <source>A primary address is 0 to 250.</source>
        <translation>一次地址的范围是 0 至 250。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="174"/>
        <source>CJ/T 188 meters have no primary address.</source>
        <translation>CJ/T 188 热表没有一次地址。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="176"/>
        <source>16 hex digits without wildcards: the 8-digit id, manufacturer, version, medium.</source>
        <translation>16 位十六进制数，不含通配符：8 位表号、厂商、版本、介质。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="178"/>
        <source>The secondary address starts with the meter number.</source>
        <translation>二次地址须以表号开头。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="180"/>
        <source>CJ/T 188 meters have no secondary address.</source>
        <translation>CJ/T 188 热表没有二次地址。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="182"/>
        <source>Model profiles are for CJ/T 188 meters.</source>
        <translation>型号配置仅适用于 CJ/T 188 热表。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="184"/>
        <source>This model profile is not installed.</source>
        <translation>未安装此型号配置。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="186"/>
        <source>Choose a medium from the list (for example heat_outlet or heat).</source>
        <translation>请从列表中选择介质（例如 heat_outlet 或 heat）。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterDialog.cpp" line="188"/>
        <source>Enter the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，或留空。</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterImportDialog</name>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="21"/>
        <source>Import meters into bus %1</source>
        <translation>向总线 %1 导入热表</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="11"/>
        <source>The first line names the columns: number (required), protocol (mbus or cjt188), primary, secondary, profile, medium, location, installed_on; for the heat users also account, name, building, unit, room, area_m2. UTF-8, separated by commas, semicolons or tabs. Nothing is imported while any line has a problem.</source>
        <translation>第一行为列名：number（必填）、protocol（mbus 或 cjt188）、primary、secondary、profile、medium、location、installed_on；热用户另有 account、name、building、unit、room、area_m2。文件为 UTF-8 编码，以逗号、分号或制表符分隔。只要有任何一行存在问题，就不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="10"/>
        <source>Import meters</source>
        <translation>导入热表</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportDialog.cpp" line="41"/>
        <source>Imported: %1, %2.</source>
        <translation>已导入：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/MeterImportDialog.cpp" line="42"/>
        <source>%n meter(s)</source>
        <translation>
            <numerusform>%n 块热表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/MeterImportDialog.cpp" line="42"/>
        <source>%n new heat user(s)</source>
        <translation>
            <numerusform>%n 户新热用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config/MeterImportDialog.cpp" line="46"/>
        <source>%n meter(s) ready to import.</source>
        <translation>
            <numerusform>%n 块热表可以导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterImportModel</name>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="14"/>
        <source>OK</source>
        <translation>正常</translation>
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
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="50"/>
        <source>Number</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="52"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="54"/>
        <source>Primary</source>
        <translation>一次地址</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="56"/>
        <source>Secondary</source>
        <translation>二次地址</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="58"/>
        <source>Profile</source>
        <translation>型号配置</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="60"/>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="62"/>
        <source>Location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="64"/>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="66"/>
        <source>Heat user</source>
        <translation>热用户</translation>
    </message>
    <message>
        <location filename="../ui/config/MeterImportModel.cpp" line="68"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::MeterPanel</name>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="101"/>
        <source>Latest reading</source>
        <translation>最新读数</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="102"/>
        <source>Meter</source>
        <translation>热表</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="103"/>
        <source>Raw frame (hex, as received)</source>
        <translation>原始帧（十六进制，按接收原样）</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="116"/>
        <source>Choose a meter in the tree</source>
        <translation>请在设备树中选择一块热表</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="162"/>
        <source>application busy</source>
        <translation>应用忙</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="163"/>
        <source>application error</source>
        <translation>应用错误</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="164"/>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="165"/>
        <location filename="../ui/main/MeterPanel.cpp" line="178"/>
        <source>power low (battery)</source>
        <translation>电池欠压</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="166"/>
        <source>permanent error</source>
        <translation>永久性故障</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="167"/>
        <source>temporary error</source>
        <translation>暂时性故障</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="168"/>
        <source>manufacturer flag 1</source>
        <translation>厂商标志 1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="169"/>
        <source>manufacturer flag 2</source>
        <translation>厂商标志 2</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="170"/>
        <source>manufacturer flag 3</source>
        <translation>厂商标志 3</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="171"/>
        <source>error flags set</source>
        <translation>已置错误标志</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="172"/>
        <source>a value marked erroneous</source>
        <translation>有数值被标为错误</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="179"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="188"/>
        <source>Last read failed:</source>
        <translation>上次抄读失败：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="191"/>
        <source>No reading stored yet. Press Read (F5) to read the meter.</source>
        <translation>尚无读数。按“抄读”（F5）抄读此表。</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="198"/>
        <source>Read at:</source>
        <translation>抄读时间：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="201"/>
        <source>Meter time:</source>
        <translation>表内时间：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="204"/>
        <source>Energy:</source>
        <translation>累计热量：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="205"/>
        <source>Volume:</source>
        <translation>累计流量：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="206"/>
        <source>Power:</source>
        <translation>热功率：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="207"/>
        <source>Flow:</source>
        <translation>瞬时流量：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="208"/>
        <source>Supply temperature:</source>
        <translation>供水温度：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="209"/>
        <source>Return temperature:</source>
        <translation>回水温度：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="213"/>
        <source>ΔT:</source>
        <translation>温差：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="214"/>
        <source>Operating time:</source>
        <translation>累计运行时间：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="216"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="219"/>
        <source>Settlement-day energy:</source>
        <translation>结算日热量：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="221"/>
        <source>Valve:</source>
        <translation>阀门：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="221"/>
        <source>open</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="222"/>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="223"/>
        <source>abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="224"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="231"/>
        <source>Meter %1 not found</source>
        <translation>未找到热表 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="235"/>
        <source>Meter %1</source>
        <translation>热表 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="236"/>
        <source>Meter %1 — %2</source>
        <translation>热表 %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="240"/>
        <source>Number:</source>
        <translation>表号：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="241"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="243"/>
        <source>Primary address:</source>
        <translation>一次地址：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="244"/>
        <source>Secondary address:</source>
        <translation>二次地址：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="245"/>
        <source>Model / profile:</source>
        <translation>型号 / 配置：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="246"/>
        <source>Medium:</source>
        <translation>介质：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="247"/>
        <source>Location:</source>
        <translation>安装位置：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="248"/>
        <source>Installed on:</source>
        <translation>安装日期：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="249"/>
        <source>Heat user:</source>
        <translation>热用户：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="250"/>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="250"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/main/MeterPanel.cpp" line="250"/>
        <source>no (kept for its history)</source>
        <translation>否（保留历史数据）</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::PaymentsDialog</name>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="34"/>
        <source>Prepayment</source>
        <translation>预交</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="36"/>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="38"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="40"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="58"/>
        <source>&amp;Record payment</source>
        <translation>登记缴费(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="59"/>
        <source>&amp;Statement PDF…</source>
        <translation>结算单 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="64"/>
        <source>Payments of %1 %2</source>
        <translation>%1 %2 的缴费</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Amount (CNY)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Reference</source>
        <translation>票据/说明</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="75"/>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="86"/>
        <source>receipt number; for a correction, why</source>
        <translation>收据号；更正时写明原因</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="90"/>
        <source>&amp;Heating season starting in:</source>
        <translation>采暖季开始年份(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="98"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="99"/>
        <source>A&amp;mount (CNY):</source>
        <translation>金额(元)(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="100"/>
        <source>&amp;Date paid:</source>
        <translation>缴费日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="101"/>
        <source>R&amp;eference:</source>
        <translation>票据/说明(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="102"/>
        <source>Recorded &amp;by:</source>
        <translation>经办人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="124"/>
        <source>Statement written.</source>
        <translation>结算单已生成。</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="125"/>
        <source>Cannot write the statement: %1</source>
        <translation>无法生成结算单：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="130"/>
        <source>Cannot load the heat user: %1</source>
        <translation>无法读取热用户：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="165"/>
        <source>Paid for %1/%2: %3 CNY</source>
        <translation>%1/%2 采暖季已缴：%3 元</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="169"/>
        <source>Cannot read the payments: %1</source>
        <translation>无法读取缴费记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="175"/>
        <source>The amount must be yuan with at most two decimals, e.g. 2500.00.</source>
        <translation>金额以元为单位，最多两位小数，例如 2500.00。</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="189"/>
        <source>Not recorded: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="196"/>
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="202"/>
        <source>Save statement</source>
        <translation>保存结算单</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="205"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/users/PaymentsDialog.cpp" line="214"/>
        <source>Writing the statement…</source>
        <translation>正在生成结算单…</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ReportDialog</name>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="162"/>
        <source>No sheet: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="178"/>
        <source>Statement written: %1</source>
        <translation>结算单已写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="182"/>
        <source>Cannot write the statement to %1: %2</source>
        <translation>无法将结算单写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="187"/>
        <source>Statement failed</source>
        <translation>结算单生成失败</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="211"/>
        <source>Consumption sheets</source>
        <translation>用热量报表</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="212"/>
        <source>Sheet:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="213"/>
        <source>&amp;Month</source>
        <translation>月度(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="214"/>
        <source>Heating &amp;season starting</source>
        <translation>采暖季，起始年份(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="215"/>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="216"/>
        <source>Company (page header):</source>
        <translation>公司名称（页眉）：</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="217"/>
        <source>e.g. 热力公司 name, printed on every page</source>
        <translation>例如热力公司名称，打印在每一页上</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="220"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="221"/>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="222"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="223"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="224"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="225"/>
        <source>S&amp;tatement…</source>
        <translation>结算单(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="226"/>
        <source>The selected heat user&apos;s statement for this sheet&apos;s period, as a PDF</source>
        <translation>所选热用户本表期间的结算单（PDF）</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="227"/>
        <source>Statement of this heat user…</source>
        <translation>该热用户的结算单…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="229"/>
        <source>Choose the month or season and press Compute.</source>
        <translation>请选择月份或采暖季，然后按“计算”。</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="271"/>
        <source>Save the statement of %1 %2</source>
        <translation>保存 %1 %2 的结算单</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="272"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="283"/>
        <source>Writing the statement of %1 %2 for %3…</source>
        <translation>正在生成 %1 %2 %3 的结算单…</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="322"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportDialog.cpp" line="360"/>
        <source>%1 — %2: %n heat user(s), %3 with consumption, total %4 kWh</source>
        <translation>
            <numerusform>%1 — %2：%n 户热用户，其中 %3 户有热量消耗，合计 %4 kWh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="362"/>
        <source>all buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="366"/>
        <source>fees %1 yuan</source>
        <translation>热费 %1 元</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="378"/>
        <source>compute the sheet first</source>
        <translation>请先计算报表</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="389"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="391"/>
        <source>&apos;%1&apos;: choose a .pdf, .xlsx or .csv file</source>
        <translation>“%1”：请选择 .pdf、.xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="403"/>
        <source>Export sheet</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="404"/>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf);;CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="409"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="411"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::ScanDialog</name>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="187"/>
        <source>The bus no longer exists.</source>
        <translation>该总线已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="191"/>
        <source>The bus is busy with another run; Start is possible when it ends.</source>
        <translation>该总线正在执行其他任务，结束后才能开始。</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="193"/>
        <source>The first address must not be greater than the last.</source>
        <translation>起始地址不能大于结束地址。</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="195"/>
        <source>The mask is 8 digits of the id (0–9, F for any digit) or 16 hex digits (id, manufacturer, version, medium; FF… for any).</source>
        <translation>掩码为 8 位表号（0–9，F 表示任意数字）或 16 位十六进制数（表号、厂商、版本、介质；FF… 表示任意）。</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="249"/>
        <source>Elapsed %1:%2</source>
        <translation>已用时 %1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="268"/>
        <source>Scanning… %n meter(s) found</source>
        <translation>
            <numerusform>正在扫描… 已找到 %n 块热表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="270"/>
        <source>Stopped: %n meter(s) found</source>
        <translation>
            <numerusform>已停止：找到 %n 块热表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="272"/>
        <source>Finished: %n meter(s) found in %1 s</source>
        <translation>
            <numerusform>已完成：用时 %1 秒，找到 %n 块热表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="275"/>
        <source>Choose a range and press Start.</source>
        <translation>请选择范围，然后按“开始”。</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="285"/>
        <source>Scan bus %1</source>
        <translation>扫描总线 %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="286"/>
        <source>Search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="287"/>
        <source>&amp;Primary addresses</source>
        <translation>一次地址(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="288"/>
        <source>&amp;from</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="289"/>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="290"/>
        <source>S&amp;econdary addresses</source>
        <translation>二次地址(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="291"/>
        <source>&amp;mask</source>
        <translation>掩码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="293"/>
        <source>8 id digits (F = any digit), or 16 hex digits: id, manufacturer, version, medium</source>
        <translation>8 位表号（F 表示任意数字），或 16 位十六进制数：表号、厂商、版本、介质</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="294"/>
        <source>Ids with &amp;hex digits (A–E)</source>
        <translation>表号含十六进制数字 A–E(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="295"/>
        <source>Also try A–E in each digit, for meters whose id is not BCD (slower)</source>
        <translation>每一位也尝试 A–E，适用于表号不是 BCD 码的热表（较慢）</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="296"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="297"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="298"/>
        <source>&amp;Add found meters to this bus</source>
        <translation>将找到的热表添加到此总线(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/ScanDialog.cpp" line="299"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::SiteDialog</name>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="12"/>
        <source>Edit site</source>
        <translation>编辑站点</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="12"/>
        <source>New site</source>
        <translation>新建站点</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="14"/>
        <source>for example Heping heating station</source>
        <translation>例如：和平换热站</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="16"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="17"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="24"/>
        <source>Site %1 is not in the database (removed meanwhile?).</source>
        <translation>数据库中没有站点 %1（可能已被删除？）。</translation>
    </message>
    <message>
        <location filename="../ui/config/SiteDialog.cpp" line="33"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::StatusHistoryModel</name>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="74"/>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="81"/>
        <source>Guessed from the traffic: a transparent M-Bus master shows this only on its LEDs.</source>
        <translation>根据通信情况推断：透明 M-Bus 主站只在其指示灯上显示此状态。</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="109"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="111"/>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="113"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="115"/>
        <source>Inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/StatusHistoryModel.cpp" line="117"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::TelegramMonitor</name>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="225"/>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="231"/>
        <source>Save traffic</source>
        <translation>保存通信记录</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="226"/>
        <source>Trace lines (*.txt *.log);;All files (*)</source>
        <translation>跟踪记录 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="231"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="235"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="235"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="237"/>
        <source>Paused, %n new</source>
        <translation>
            <numerusform>已暂停，新增 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="241"/>
        <source>%1 of %2 records</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="260"/>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="261"/>
        <source>All buses</source>
        <translation>全部总线</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="262"/>
        <source>&amp;Meter:</source>
        <translation>热表(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="263"/>
        <source>address or id</source>
        <translation>地址或表号</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="265"/>
        <source>A primary address (5) matches A=5; other text is searched in the decoded column.</source>
        <translation>一次地址（如 5）匹配 A=5；其他文字在“解析”列中查找。</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="266"/>
        <source>&amp;Errors only</source>
        <translation>仅显示错误(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="267"/>
        <source>Checksum errors, garbage, timeouts and collisions</source>
        <translation>校验错误、乱码、超时和冲突</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="268"/>
        <source>Keep the view still; new records are counted and shown on resume</source>
        <translation>暂停滚动；新记录只计数，继续后显示</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="269"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="270"/>
        <source>Copy the selected rows as trace lines (Ctrl+C)</source>
        <translation>将所选行复制为跟踪记录（Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="271"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="272"/>
        <source>Save the rows shown as trace lines</source>
        <translation>将显示的行保存为跟踪记录</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TelegramMonitor.cpp" line="273"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::TrafficTableModel</name>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="84"/>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="86"/>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="88"/>
        <source>echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="90"/>
        <source>garbage</source>
        <translation>乱码</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="92"/>
        <source>checksum error</source>
        <translation>校验错误</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="94"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="96"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="98"/>
        <source>collision</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="100"/>
        <source>unsolicited</source>
        <translation>主动上报</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="102"/>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="137"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="165"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="167"/>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="169"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="171"/>
        <source>Bytes (hex)</source>
        <translation>字节（十六进制）</translation>
    </message>
    <message>
        <location filename="../ui/monitor/TrafficTableModel.cpp" line="173"/>
        <source>Decoded</source>
        <translation>解析</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::UserImportDialog</name>
    <message>
        <location filename="../ui/users/UserImportDialog.cpp" line="10"/>
        <location filename="../ui/users/UserImportDialog.cpp" line="19"/>
        <source>Import heat users</source>
        <translation>导入热用户</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportDialog.cpp" line="11"/>
        <source>The first line names the columns: account (required), name, community, building, unit, room, area_m2, contact (or phone); to assign a meter also meter (its number) and valid_from (yyyy-MM-dd, default today). A new account is added, an existing one updated. UTF-8, separated by commas, semicolons or tabs. Excel and WPS sheets: save them as &quot;CSV UTF-8&quot; first (XLSX is not read). Nothing is imported while any line has a problem.</source>
        <translation>第一行为列名：account（必填）、name、community、building、unit、room、area_m2、contact（或 phone）；如需关联热表，另加 meter（表号）和 valid_from（yyyy-MM-dd，默认为今天）。新户号将被添加，已有户号将被更新。文件为 UTF-8 编码，以逗号、分号或制表符分隔。Excel 和 WPS 表格请先另存为“CSV UTF-8”格式（不读取 XLSX）。只要有任何一行存在问题，就不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportDialog.cpp" line="38"/>
        <source>Imported: %1, %2, %3.</source>
        <translation>已导入：%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="39"/>
        <source>%n new heat user(s)</source>
        <translation>
            <numerusform>%n 户新热用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="39"/>
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="40"/>
        <source>%n meter(s) assigned</source>
        <translation>
            <numerusform>关联 %n 块热表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserImportDialog.cpp" line="44"/>
        <source>%n line(s) ready to import.</source>
        <translation>
            <numerusform>%n 行可以导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::UserImportModel</name>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="17"/>
        <source>OK, updates the account</source>
        <translation>正常，将更新该户</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="17"/>
        <source>OK, new</source>
        <translation>正常，新增</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="35"/>
        <source>%1 (assigned already)</source>
        <translation>%1（已关联）</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="50"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="54"/>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="56"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="58"/>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="60"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="62"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="64"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="66"/>
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="70"/>
        <source>Meter</source>
        <translation>热表</translation>
    </message>
    <message>
        <location filename="../ui/users/UserImportModel.cpp" line="72"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::history::ConsumptionChart</name>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="191"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="194"/>
        <source>Week (from Monday)</source>
        <translation>周（自周一起）</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="197"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="200"/>
        <source>Heat consumption (MWh)</source>
        <translation>用热量（MWh）</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="200"/>
        <source>Heat consumption (kWh)</source>
        <translation>用热量（kWh）</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="201"/>
        <source>Heat consumption</source>
        <translation>用热量</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="209"/>
        <source>No energy values in this period.</source>
        <translation>此时段内没有热量数据。</translation>
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
            <numerusform>%n 天合计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="215"/>
        <source>Total %1 over %n week(s)</source>
        <translation>
            <numerusform>%n 周合计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="216"/>
        <source>Total %1 over %n month(s)</source>
        <translation>
            <numerusform>%n 个月合计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="219"/>
        <source>%n register drop(s) skipped (meter replaced or register rolled over), amber bars</source>
        <translation>
            <numerusform>已跳过 %n 次读数回落（换表或计数器翻转），以琥珀色柱显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="238"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/history/ConsumptionChart.cpp" line="243"/>
        <source>Readings cover %1 % of it</source>
        <translation>读数覆盖该时段的 %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/ConsumptionChart.cpp" line="247"/>
        <source>%n register drop(s) skipped here: meter replaced or register rolled over</source>
        <translation>
            <numerusform>此处跳过 %n 次读数回落：换表或计数器翻转</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::history::HistoryTableModel</name>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="84"/>
        <source>Energy</source>
        <translation>累计热量</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="86"/>
        <source>Volume</source>
        <translation>累计流量</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="88"/>
        <source>Power</source>
        <translation>热功率</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="90"/>
        <source>Flow</source>
        <translation>瞬时流量</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="92"/>
        <source>Supply</source>
        <translation>供水温度</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="94"/>
        <source>Return</source>
        <translation>回水温度</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="96"/>
        <source>ΔT</source>
        <translation>温差</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="118"/>
        <source>busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="121"/>
        <source>application error</source>
        <translation>应用错误</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="124"/>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="127"/>
        <source>power low</source>
        <translation>电池欠压</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="130"/>
        <source>permanent error</source>
        <translation>永久性故障</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="133"/>
        <source>temporary error</source>
        <translation>暂时性故障</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="136"/>
        <source>manufacturer flag 1</source>
        <translation>厂商标志 1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="139"/>
        <source>manufacturer flag 2</source>
        <translation>厂商标志 2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="142"/>
        <source>manufacturer flag 3</source>
        <translation>厂商标志 3</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="145"/>
        <source>error flags set</source>
        <translation>已置错误标志</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="148"/>
        <source>value marked erroneous</source>
        <translation>数值被标为错误</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="153"/>
        <source>valve closed</source>
        <translation>阀门关闭</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="155"/>
        <source>valve abnormal</source>
        <translation>阀门异常</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="157"/>
        <source>battery low</source>
        <translation>电池欠压</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="158"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="170"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="171"/>
        <location filename="../ui/history/HistoryTableModel.cpp" line="195"/>
        <source>unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="172"/>
        <source>%1 %2 → %3 %4: %5</source>
        <translation>%1 %2 → %3 %4：%5</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="237"/>
        <source>Corrected to %1 %2</source>
        <translation>已修正为 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="237"/>
        <source>Declared unusable</source>
        <translation>已标记为不可用</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="239"/>
        <source>As read from the meter: %1 %2</source>
        <translation>表计原始读数：%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="240"/>
        <source>The meter sent no value</source>
        <translation>热表未发送此数值</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="241"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="242"/>
        <source>By %1 on %2</source>
        <translation>修正人：%1，时间：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryTableModel.cpp" line="244"/>
        <source>Replaces %n earlier correction(s)</source>
        <translation>
            <numerusform>取代之前的 %n 次修正</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="248"/>
        <source>Reading %1 (workstation clock)</source>
        <translation>读数 %1（工作站时钟）</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="250"/>
        <source>The meter&apos;s own clock</source>
        <translation>热表自身的时钟</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="273"/>
        <source>%1
(%2)</source>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="276"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="278"/>
        <source>Meter time</source>
        <translation>表内时间</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="280"/>
        <source>Flags</source>
        <translation>状态标志</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="282"/>
        <source>Corrections</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="286"/>
        <source>Temperature difference supply − return, as the meter reports it</source>
        <translation>供回水温差（供水 − 回水），由热表上报</translation>
    </message>
</context>
<context>
    <name>heatdesk::ui::history::TemperatureChart</name>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="114"/>
        <source>ΔT</source>
        <translation>温差</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="128"/>
        <source>Supply</source>
        <translation>供水温度</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="129"/>
        <source>Return</source>
        <translation>回水温度</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="130"/>
        <source>ΔT (right axis)</source>
        <translation>温差（右轴）</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="131"/>
        <source>ΔT band</source>
        <translation>温差范围</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="132"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="133"/>
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="134"/>
        <source>ΔT (K)</source>
        <translation>温差（K）</translation>
    </message>
    <message>
        <location filename="../ui/history/TemperatureChart.cpp" line="275"/>
        <source>%1
%2: %3 %4</source>
        <translation>%1
%2：%3 %4</translation>
    </message>
</context>
</TS>
