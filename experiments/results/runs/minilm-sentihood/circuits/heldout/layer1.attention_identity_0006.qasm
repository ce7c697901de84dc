// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9658399849363877) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d45b9c241f22abf1fa8ef620c4aa0ad2a44182a5ea32294f62a3061072a069d9
