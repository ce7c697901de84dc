// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.055470940910746) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76523516a8a2695da0c3c5192d10b9a7810899a552730bdcc7569c4bb0dc2533
