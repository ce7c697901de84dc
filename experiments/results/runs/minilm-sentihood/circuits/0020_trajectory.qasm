// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5107305072592805) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 436a14744c189eb7e93a10504ad2a4fe9e052fd9b5ffdc064dd8748a3aab33d4
