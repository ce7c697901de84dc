// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.39185649141401) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8d82fef69daf7c7850a0b46c6edd2d177766549c0e39a59217a65356124b778f
