// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.419232516521994) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ab5a89b5c41a574e08bc161b8703ba657cf4ab6c047a1b539d3bcbc9ca95265
