// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1462495381476594) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99066f351734488d957a707369eaf812d22b4abeed1843b8520870af31204ea8
