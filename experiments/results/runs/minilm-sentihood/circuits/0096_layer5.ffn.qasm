// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4824060786864304) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ffdbf5e9c29f5b3c49c666120b6db443b902aad2b9a3771e2ccbda6f64fbeaa
