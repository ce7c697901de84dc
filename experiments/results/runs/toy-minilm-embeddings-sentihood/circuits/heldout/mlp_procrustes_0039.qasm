// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.36513227173263413) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26ea45027bed73f593902b9a35c33a547c00c9dff855fcb83e30c243f11ac7be
