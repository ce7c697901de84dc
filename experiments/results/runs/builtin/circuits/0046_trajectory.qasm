// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.488963073783724) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9054991c1ab635e6e85b56dcc8af0f29312165ce8c9557bcdc7fb448b28061c
