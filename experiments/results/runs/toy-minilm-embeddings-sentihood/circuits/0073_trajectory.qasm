// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0359564064740825) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6fa0a9870d822cfc7912a18e172d5f8fc89e7afb7d023b039dedfec68060bd01
