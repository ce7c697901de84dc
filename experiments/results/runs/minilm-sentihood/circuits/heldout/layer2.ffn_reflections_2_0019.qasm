// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5434427420769345) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5fb59245ab91a249fe9912cd175bf526e37781d50af49677f14a73e3f451e64
