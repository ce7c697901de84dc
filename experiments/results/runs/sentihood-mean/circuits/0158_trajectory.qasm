// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1695404130571255) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a82c571408796d894e965afd6f468f06abebf42b686705583302a0dfc937853
