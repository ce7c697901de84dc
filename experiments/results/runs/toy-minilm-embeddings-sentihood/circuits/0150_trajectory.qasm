// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.035394326041579) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20954fdacd2e664e2767fcd7ca36718239b604c6106c422e68b650211493eef6
