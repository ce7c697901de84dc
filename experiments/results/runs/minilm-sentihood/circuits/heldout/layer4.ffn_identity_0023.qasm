// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.487078370597156) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 031005bb4a176097e259cbc53a8c0293930b331f131210d824775b1de5960ad5
