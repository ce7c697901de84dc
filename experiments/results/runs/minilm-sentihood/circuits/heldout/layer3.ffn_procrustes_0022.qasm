// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9169880176285701) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4cd92743508f824d50e0f96e1f14ad2cbcb386c83aa38d3b4f9cf71893ace981
