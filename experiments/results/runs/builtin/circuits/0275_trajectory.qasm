// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2957121044188713) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9137118c173612f91f5f4ddf4e7ef33f19053defbaf763810b85727d21a2f23
