// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7190150459937068) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 399050106cf0db128af3f5f146352d04ca0cdc2ea9afb8dbe80082b5a75ebede
