// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9275771256863745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67e809a05e5d49b772f36803f82ff6367b9b9325d9124a5ee7fe437c448566fb
