// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.212388965088925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97d7eb909e322a5cfe86af8e667d86ff57c213a28af7efe79b813febdf3f1550
