// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2264742815906968) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc18de7d6b67d7aa357254ede1ab699d47f59027279c3fdbbf5c107c8cd7f872
