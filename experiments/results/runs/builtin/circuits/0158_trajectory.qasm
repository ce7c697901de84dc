// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.039884890073511) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 219369c5296ca22b86ef8b01d0126a04b1df47aee398d4b65b548fff9ab2681f
