// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6222108380120006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 149fd0e912cd4fd13f98538f46d3fd0424904723d83ad2abf52a2f8d835e3b2f
