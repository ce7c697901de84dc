// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7151780628748603) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bda69fb50be7a015238c77d94378952be77fd7e1e5ba5372f80f72815b871cce
