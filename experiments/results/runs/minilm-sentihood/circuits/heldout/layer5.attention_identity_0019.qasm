// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6494374336187079) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cde5ee43f82bb0de35988062dedf0e47d8d03e7915bc5b9038bb8ff39670aaeb
