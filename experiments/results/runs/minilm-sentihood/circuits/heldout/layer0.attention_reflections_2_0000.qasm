// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5151937398881354) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f53c8eeedcba3d0c07fbf784e06f7502c77d3c9fbda33de451fee50aeaf96ad
