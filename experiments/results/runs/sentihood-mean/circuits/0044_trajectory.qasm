// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6427039953258382) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3e12938768f06831edf99b8fd99415d83cf1af5c20374b4c27e0528ea099644b
