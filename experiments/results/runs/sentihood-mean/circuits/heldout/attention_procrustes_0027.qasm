// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.44649630782266) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c73dd39f35bd4fcdfab9244af92e699bc403ae5e7a61ebdf3e9dc908c1b87686
