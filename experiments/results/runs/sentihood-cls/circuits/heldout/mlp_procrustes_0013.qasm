// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.46242360625619217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f88cc972b465b338c59c2c8aa69aa4249111a870dac0057621d3f26dc1396777
