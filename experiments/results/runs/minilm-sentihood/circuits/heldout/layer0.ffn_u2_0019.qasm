// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15420277432448115) q[0];
ry(1.8649889342536377) q[0];
rz(0.04504108222248604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 69f2d71b3ccc6f3e4a3e9e32a9e316d4c96c18db893de93a6de7675c43271ec3
