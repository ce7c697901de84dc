// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.004269656176625) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a84154b61dc7754f06ab889ab9e8ab052e2785c950f82437059dfe36a9ab510
