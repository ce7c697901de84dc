// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9269074149957484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cd02b1d082eb0027b84ce09f7ff1b15ab35c44127cf2ee106d32f18c613abf3
