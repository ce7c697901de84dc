// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.013100030376107) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a62a503cd3d03a4fb3b41a92bf5b3599a90d0a1751363235b0705081986c8d6e
