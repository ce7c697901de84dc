// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1942266648236797) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f611bda9fc6351bd6c3600b6ddc8cb5cd00935cad4ec626e66b344b0a33cb8b
