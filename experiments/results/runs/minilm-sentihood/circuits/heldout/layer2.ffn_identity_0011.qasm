// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8255679920717647) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4a35588e0b5b72d088fe6c133f4870f8dbeb5c7f4ee3a81bcd90200b73682ce
