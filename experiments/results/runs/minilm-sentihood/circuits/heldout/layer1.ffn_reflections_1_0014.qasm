// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0561706861444033) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea147f1e8f6728c7c57a13661442186dca45bd206412922a89c1848aefae34c3
